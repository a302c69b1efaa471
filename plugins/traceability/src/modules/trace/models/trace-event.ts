import { model } from "@medusajs/framework/utils"
import { TRACE_SOURCES } from "../../../lib/constants"

/**
 * One entry of a lot's chain: the EPCIS event as recorded and its place in the chain. Never
 * updated or deleted; `type`, `step` and `event_time` are read from `event` (for queries) and
 * checked against it on every verification.
 */
const TraceEvent = model
  .define("trace_event", {
    id: model.id({ prefix: "tev" }).primaryKey(),
    lot_id: model.text(),
    seq: model.number(),
    event_id: model.text(),
    type: model.text(),
    step: model.text().nullable(),
    event_time: model.dateTime(),
    event: model.json(),
    prev_hash: model.text(),
    hash: model.text(),
    recorded_at: model.dateTime(),
    recorded_by: model.text().nullable(),
    source: model.enum([...TRACE_SOURCES]),
  })
  .indexes([{ on: ["lot_id", "seq"], unique: true }, { on: ["event_id"] }])

export default TraceEvent
