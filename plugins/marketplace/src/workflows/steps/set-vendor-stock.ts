import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

interface StockInput {
  location_id: string
  /** Variants by id, or by title for variants created in this run (ids not known before). */
  product_id: string
  stock: { title: string; stock: number }[]
}

type Previous = { created: string[]; updated: { inventory_item_id: string; stocked_quantity: number }[] }

/** Sets each variant's stock at the seller's own location; compensation puts the old figures back. */
export const setVendorStockStep = createStep(
  "set-vendor-stock",
  async (input: StockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "inventory_items.inventory_item_id"],
      filters: { product_id: input.product_id },
    })
    const itemByTitle = new Map(
      (data as { title: string; inventory_items?: { inventory_item_id: string }[] }[]).map((v) => [
        v.title,
        v.inventory_items?.[0]?.inventory_item_id,
      ])
    )
    const wanted = input.stock
      .map((s) => ({ inventory_item_id: itemByTitle.get(s.title.trim()), stocked_quantity: s.stock }))
      .filter((s): s is { inventory_item_id: string; stocked_quantity: number } => !!s.inventory_item_id)
    const levels = await inventory.listInventoryLevels({
      inventory_item_id: wanted.map((w) => w.inventory_item_id),
      location_id: input.location_id,
    })
    const existing = new Map(levels.map((l) => [l.inventory_item_id, Number(l.stocked_quantity)]))
    const previous: Previous = { created: [], updated: [] }
    const toCreate = wanted.filter((w) => !existing.has(w.inventory_item_id))
    const toUpdate = wanted.filter((w) => existing.has(w.inventory_item_id))
    if (toCreate.length) {
      await inventory.createInventoryLevels(toCreate.map((w) => ({ ...w, location_id: input.location_id })))
      previous.created = toCreate.map((w) => w.inventory_item_id)
    }
    if (toUpdate.length) {
      await inventory.updateInventoryLevels(toUpdate.map((w) => ({ ...w, location_id: input.location_id })))
      previous.updated = toUpdate.map((w) => ({
        inventory_item_id: w.inventory_item_id,
        stocked_quantity: existing.get(w.inventory_item_id) ?? 0,
      }))
    }
    return new StepResponse(undefined, { location_id: input.location_id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (previous.updated.length) {
      await inventory.updateInventoryLevels(previous.updated.map((u) => ({ ...u, location_id: previous.location_id })))
    }
    if (previous.created.length) {
      const levels = await inventory.listInventoryLevels({
        inventory_item_id: previous.created,
        location_id: previous.location_id,
      })
      await inventory.deleteInventoryLevels(levels.map((l) => l.id))
    }
  }
)
