import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { products as templates } from "../catalog"
import { finishedSteps, SELLERS_STEP } from "../steps/runner"
import { CURRENCY, SALES_CHANNEL_NAME } from "./constants"
import { stockAll } from "./inventory"
import { assignProducerProducts } from "./sellers"

type Container = ExecArgs["container"]

const BATCH = 200
const LOTS = ["Vụ mùa", "Lô Tết", "Lô hè", "Lô thu", "Lô xuân", "Hàng tuyển", "Hàng biếu", "Gói gia đình"]

/**
 * Grows the demo catalog to `target` products for benchmarks: deterministic variations of the
 * seeded products (same producers, categories and images), created through the same workflow,
 * then linked in batches to the seller of their producer (the templates cycle through the
 * producers, so the copies spread over all twenty sellers).
 */
export async function seedScale(container: Container, target: number): Promise<number> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (!finishedSteps(store?.metadata).includes(SELLERS_STEP)) {
    throw new Error(`Run the demo seed first (npm start does): seed:scale needs its sellers (step ${SELLERS_STEP})`)
  }
  const productModule = container.resolve(Modules.PRODUCT)
  const [, existing] = await productModule.listAndCountProducts({}, { take: 1 })
  if (existing >= target) {
    logger.info(`Catalog already has ${existing} products (target ${target})`)
    await assignToSellers(container)
    return 0
  }
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL_NAME })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({})
  if (!channel || !profile || !location) {
    throw new Error("Run the demo seed first (npm start does): seed:scale grows an existing store")
  }
  const seeded = await productModule.listProducts(
    { handle: templates.map((t) => t.handle) },
    { relations: ["images", "categories"], take: templates.length }
  )
  const byHandle = new Map(seeded.map((p) => [p.handle, p]))

  let created = 0
  for (let start = existing; start < target; start += BATCH) {
    const batch = []
    for (let i = start; i < Math.min(start + BATCH, target); i++) {
      const template = templates[i % templates.length]
      const source = byHandle.get(template.handle)
      if (!source) continue
      const lot = `${LOTS[Math.floor(i / templates.length) % LOTS.length]} ${Math.floor(i / templates.length)}`
      const handle = `${template.handle}-s${i}`
      batch.push({
        title: `${template.title.vi} · ${lot}`,
        subtitle: template.subtitle.vi,
        description: template.description.vi,
        handle,
        status: ProductStatus.PUBLISHED,
        thumbnail: source.thumbnail ?? undefined,
        images: (source.images ?? []).map((img) => ({ url: img.url })),
        category_ids: (source.categories ?? []).map((c) => c.id),
        collection_id: source.collection_id ?? undefined,
        shipping_profile_id: profile.id,
        sales_channels: [{ id: channel.id }],
        metadata: { ...(source.metadata ?? {}), featured: false, scale: true },
        options: [{ title: "Quy cách", values: template.variants.map((v) => v.label) }],
        variants: template.variants.map((v, k) => ({
          title: v.label,
          sku: `${handle.toUpperCase()}-${v.sku}`,
          weight: v.weight_grams,
          options: { "Quy cách": v.label },
          // Prices vary a little per lot, in whole thousands of đồng.
          prices: [{ amount: v.price + ((i * 7 + k * 3) % 11) * 1000, currency_code: CURRENCY }],
        })),
      })
    }
    await createProductsWorkflow(container).run({ input: { products: batch } })
    created += batch.length
    logger.info(`seed:scale ${existing + created}/${target}`)
  }
  await stockAll(container, { stockLocationId: location.id }, new Map(), 100)
  await assignToSellers(container)
  return created
}

/** Every copy goes to its template's producer's seller, so each product of the bench has a seller. */
async function assignToSellers(container: Container): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const assigned = await assignProducerProducts(container)
  logger.info(`seed:scale assigned ${assigned} products to their producers' sellers`)
}
