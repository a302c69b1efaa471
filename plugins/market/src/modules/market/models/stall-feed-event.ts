import { model } from "@medusajs/framework/utils"

/**
 * What a stall's screens are told (paid, review, expired…), numbered per stall without gaps:
 * `seq` is the SSE event id, so a screen that reconnects with Last-Event-ID gets exactly what it
 * missed, and a screen that hears 7 before 6 knows to wait for 6.
 */
const StallFeedEvent = model
  .define("stall_feed_event", {
    id: model.id({ prefix: "sfe" }).primaryKey(),
    seq: model.number(),
    stall_id: model.text(),
    type: model.text(),
    data: model.json(),
  })
  .indexes([{ on: ["stall_id", "seq"], unique: true }])

export default StallFeedEvent
