import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
  createTranslationsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { categories, producers, products } from "../catalog"
import { productMetadata } from "../catalog/metadata"
import { isCertifiedInSeed } from "../catalog/ocop"
import { IMAGE_WIDTHS, renderProductImages } from "../images/render"
import type { CategorySeed, ProductSeed } from "../types"
import { CURRENCY, ENGLISH_LOCALE } from "./constants"
import { stockAll } from "./inventory"
import type { StoreSetup } from "./store"

type Container = ExecArgs["container"]

const PROVINCE_NAMES: Record<string, string> = { "96": "Cà Mau", "48": "Đà Nẵng" }

/** Uploads the three WebP sizes through the File Module; returns their URLs by width. */
async function uploadProductImages(
  container: Container,
  product: ProductSeed,
  category: CategorySeed,
  province: string
): Promise<Record<string, string>> {
  const images = await renderProductImages({
    title: product.title.vi,
    province,
    // The stars only on the images of products whose demo certificate is approved.
    stars: isCertifiedInSeed(product.handle) ? product.ocop_stars : null,
    motif: product.motif,
    palette: category.palette,
  })
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: IMAGE_WIDTHS.map((width) => ({
        filename: `products/${product.handle}-${width}.webp`,
        mimeType: "image/webp",
        content: images[width].toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return Object.fromEntries(IMAGE_WIDTHS.map((width, i) => [String(width), result[i].url]))
}

/**
 * Categories, producers (as collections), tags, the products with their images, English
 * translations and stock. Everything is looked up by handle (or value) first and only what is
 * missing is made, so a seed that stopped half-way finishes the rest. Returns how many of the
 * demo products the store has.
 */
export async function seedCatalog(container: Container, setup: StoreSetup): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productModule = container.resolve(Modules.PRODUCT)

  const existingCategories = await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })
  const newCategories = categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  const { result: createdCategories } = newCategories.length
    ? await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: newCategories.map((c) => ({
            name: c.name.vi,
            handle: c.handle,
            description: c.description.vi,
            is_active: true,
            metadata: { ocop_group: c.ocop_group, palette: c.palette },
          })),
        },
      })
    : { result: [] }
  const allCategories = [...existingCategories, ...createdCategories]
  const categoryIds = new Map(allCategories.map((c) => [c.handle, c.id]))

  // Producers stay collections too (the storefront may use them); the sellers step makes them sellers.
  const existingCollections = await productModule.listProductCollections({ handle: producers.map((p) => p.handle) })
  const newProducers = producers.filter((p) => !existingCollections.some((e) => e.handle === p.handle))
  const { result: createdCollections } = newProducers.length
    ? await createCollectionsWorkflow(container).run({
        input: {
          collections: newProducers.map((p) => ({
            title: p.name,
            handle: p.handle,
            metadata: {
              choso_kind: "producer",
              producer_kind: p.kind,
              province_code: p.province_code,
              ward_code: p.ward_code,
              street: p.street,
              phone: p.phone,
              representative: p.representative,
              description_vi: p.description.vi,
              description_en: p.description.en,
            },
          })),
        },
      })
    : { result: [] }
  const collectionIds = new Map([...existingCollections, ...createdCollections].map((c) => [c.handle, c.id]))

  const tagValues = [...new Set(products.flatMap((p) => tagsOf(p)))]
  const existingTags = await productModule.listProductTags({ value: tagValues })
  const newTags = tagValues.filter((value) => !existingTags.some((t) => t.value === value))
  const { result: createdTags } = newTags.length
    ? await createProductTagsWorkflow(container).run({
        input: { product_tags: newTags.map((value) => ({ value })) },
      })
    : { result: [] }
  const tagIds = new Map([...existingTags, ...createdTags].map((t) => [t.value, t.id]))

  const producerByHandle = new Map(producers.map((p) => [p.handle, p]))
  const categoryByHandle = new Map(categories.map((c) => [c.handle, c]))

  const existingProducts = await productModule.listProducts(
    { handle: products.map((p) => p.handle) },
    { select: ["id", "handle"] }
  )
  const existingHandles = new Set(existingProducts.map((p) => p.handle))
  const inputs = []
  for (const product of products.filter((p) => !existingHandles.has(p.handle))) {
    const producer = producerByHandle.get(product.producer)!
    const category = categoryByHandle.get(product.category)!
    const province = PROVINCE_NAMES[producer.province_code]
    const imageSizes = await uploadProductImages(container, product, category, province)
    inputs.push({
      title: product.title.vi,
      subtitle: product.subtitle.vi,
      description: product.description.vi,
      handle: product.handle,
      status: ProductStatus.PUBLISHED,
      weight: product.variants[0].weight_grams,
      origin_country: "vn",
      thumbnail: imageSizes["640"],
      images: [{ url: imageSizes["1200"] }],
      category_ids: [categoryIds.get(product.category)!],
      collection_id: collectionIds.get(product.producer),
      tag_ids: tagsOf(product).map((t) => tagIds.get(t)!),
      shipping_profile_id: setup.shippingProfileId,
      sales_channels: [{ id: setup.salesChannelId }],
      metadata: productMetadata(product, producer, imageSizes),
      options: [{ title: "Quy cách", values: product.variants.map((v) => v.label) }],
      variants: product.variants.map((v) => ({
        title: v.label,
        sku: `${product.handle.toUpperCase()}-${v.sku}`,
        weight: v.weight_grams,
        manage_inventory: true,
        options: { "Quy cách": v.label },
        prices: [{ amount: v.price, currency_code: CURRENCY }],
      })),
    })
  }
  const { result: created } = inputs.length
    ? await createProductsWorkflow(container).run({ input: { products: inputs } })
    : { result: [] }
  logger.info(`Seeded ${created.length} products with images (${existingProducts.length} were there)`)
  const allProducts = [...existingProducts, ...created]

  await translateToEnglish(container, [
    ...allProducts.map((p) => {
      const source = products.find((s) => s.handle === p.handle)!
      return {
        reference: "product",
        reference_id: p.id,
        translations: { title: source.title.en, subtitle: source.subtitle.en, description: source.description.en },
      }
    }),
    ...allCategories.map((c) => {
      const source = categoryByHandle.get(c.handle)!
      return {
        reference: "product_category",
        reference_id: c.id,
        translations: { name: source.name.en, description: source.description.en },
      }
    }),
  ])

  const stock = new Map(products.flatMap((p) => p.variants.map((v) => [`${p.handle.toUpperCase()}-${v.sku}`, v.stock])))
  await stockAll(container, setup, stock)
  return allProducts.length
}

/** English translations of the records that have none yet. */
async function translateToEnglish(
  container: Container,
  records: { reference: string; reference_id: string; translations: Record<string, string> }[]
): Promise<void> {
  const existing = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations(
      { reference_id: records.map((r) => r.reference_id), locale_code: ENGLISH_LOCALE },
      { select: ["id", "reference_id"] }
    )
  const translated = new Set(existing.map((t) => t.reference_id))
  const missing = records.filter((r) => !translated.has(r.reference_id))
  if (!missing.length) {
    return
  }
  await createTranslationsWorkflow(container).run({
    input: { translations: missing.map((r) => ({ ...r, locale_code: ENGLISH_LOCALE })) },
  })
}

/** "OCOP 4 sao" for products whose demo certificate is approved (like the image's label). */
function tagsOf(product: ProductSeed): string[] {
  return isCertifiedInSeed(product.handle) ? [`OCOP ${product.ocop_stars} sao`] : []
}
