import { model } from "@medusajs/framework/utils"

/**
 * How much of a lot an order line received (in the line's units). Replacing a line's lots
 * soft-deletes the old rows, so the unique pair holds among live rows and history is kept.
 */
const LotAllocation = model
  .define("lot_allocation", {
    id: model.id({ prefix: "lalloc" }).primaryKey(),
    lot_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    variant_id: model.text(),
    quantity: model.number(),
    assigned_by: model.text().nullable(),
  })
  .indexes([{ on: ["line_item_id", "lot_id"], unique: true }, { on: ["order_id"] }, { on: ["lot_id"] }])

export default LotAllocation
