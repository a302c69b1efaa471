import { model } from "@medusajs/framework/utils"

/**
 * A producer's lot of one variant. Dates are calendar days ("YYYY-MM-DD"); `gtin` is GTIN-14 and
 * only set when the producer owns one. The head (seq, hash, signature) is written only by
 * `appendEntries`, under the lot's row lock, with the events it covers.
 */
const Lot = model
  .define("lot", {
    id: model.id({ prefix: "lot" }).primaryKey(),
    seller_id: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    code: model.text(),
    gtin: model.text().nullable(),
    short_code: model.text(),
    produced_on: model.text(),
    expires_on: model.text().nullable(),
    quantity: model.float(),
    unit: model.text(),
    origin_province_code: model.text(),
    origin_ward_code: model.text(),
    origin_place: model.text(),
    head_seq: model.number().default(0),
    head_hash: model.text().nullable(),
    head_signature: model.text().nullable(),
    head_key_id: model.text().nullable(),
  })
  .indexes([
    { on: ["variant_id", "code"], unique: true },
    { on: ["short_code"], unique: true },
    { on: ["seller_id", "created_at"] },
    { on: ["gtin", "code"] },
  ])

export default Lot
