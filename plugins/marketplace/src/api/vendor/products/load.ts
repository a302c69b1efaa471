import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CURRENCY, LOW_STOCK } from "../../../lib/vendor-product"
import SellerProductLink from "../../../links/seller-product"

const ENGLISH = "en-US"

type ProductRow = {
  id: string
  handle: string
  title: string
  description: string | null
  status: string
  thumbnail: string | null
  created_at: string
  metadata: Record<string, unknown> | null
  categories?: { id: string }[]
  variants?: {
    id: string
    title: string
    sku: string | null
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] } }[]
  }[]
}

/** The ids of a seller's products, newest first: the only way /vendor reaches products. */
export async function sellerProductIds(container: MedusaContainer, sellerId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id", "created_at"],
    filters: { seller_id: sellerId },
  })
  return (data as { product_id: string; created_at: string }[])
    .sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)))
    .map((l) => l.product_id)
}

/** 404 unless the product is the seller's: another seller's id looks exactly like a missing one. */
export async function assertOwnProduct(container: MedusaContainer, sellerId: string, productId: string) {
  if (!(await sellerProductIds(container, sellerId)).includes(productId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm ${productId} (product not found)`)
  }
}

/** Products as the seller's screens show them: VND prices, stock left, English texts, photos. */
export async function vendorProducts(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "description",
      "status",
      "thumbnail",
      "created_at",
      "metadata",
      "categories.id",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.prices.amount",
      "variants.prices.currency_code",
      "variants.inventory_items.inventory.location_levels.stocked_quantity",
      "variants.inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: ids },
  })
  const variantIds = (data as ProductRow[]).flatMap((p) => (p.variants ?? []).map((v) => v.id))
  const english = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: [...ids, ...variantIds], locale_code: ENGLISH })
  const en = new Map(english.map((t) => [t.reference_id, t.translations as Record<string, string | undefined>]))
  const order = new Map(ids.map((id, i) => [id, i]))
  return (data as ProductRow[])
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((p) => {
      const variants = (p.variants ?? []).map((v) => {
        const levels = (v.inventory_items ?? []).flatMap((i) => i.inventory?.location_levels ?? [])
        const stock = levels.reduce((n, l) => n + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)
        return {
          id: v.id,
          title: { vi: v.title, en: en.get(v.id)?.title ?? null },
          sku: v.sku,
          price: Number(v.prices?.find((pr) => pr.currency_code === CURRENCY)?.amount ?? 0),
          stock,
          low_stock: stock <= LOW_STOCK,
        }
      })
      return {
        id: p.id,
        handle: p.handle,
        status: p.status,
        title: { vi: p.title, en: en.get(p.id)?.title ?? null },
        description: { vi: p.description, en: en.get(p.id)?.description ?? null },
        category_id: p.categories?.[0]?.id ?? null,
        thumbnail: p.thumbnail,
        photos: (p.metadata?.photos as unknown[]) ?? [],
        variants,
        low_stock: variants.some((v) => v.low_stock),
        created_at: p.created_at,
      }
    })
}
