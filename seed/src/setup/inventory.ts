import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { StoreSetup } from "./store"

type Container = ExecArgs["container"]

/** Puts the seeded quantity of every inventory item at the Cà Mau warehouse. */
export async function stockAll(
  container: Container,
  setup: Pick<StoreSetup, "stockLocationId">,
  quantities: Map<string, number>,
  fallback = 100
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.id"],
  })
  const missing = items.filter((item) => !item.location_levels?.length)
  const BATCH = 1000
  for (let i = 0; i < missing.length; i += BATCH) {
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: missing.slice(i, i + BATCH).map((item) => ({
          inventory_item_id: item.id,
          location_id: setup.stockLocationId,
          stocked_quantity: quantities.get(item.sku ?? "") ?? fallback,
        })),
      },
    })
  }
}
