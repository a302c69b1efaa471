import { model } from "@medusajs/framework/utils"

/** The signed root of every lot's head at the end of a Vietnam calendar day ("YYYY-MM-DD"). */
const TraceDigest = model
  .define("trace_digest", {
    id: model.id({ prefix: "tdig" }).primaryKey(),
    day: model.text(),
    count: model.number(),
    root: model.text(),
    signature: model.text(),
    key_id: model.text(),
    heads: model.json(),
  })
  .indexes([{ on: ["day"], unique: true }])

export default TraceDigest
