import { model } from "@medusajs/framework/utils"

/**
 * What a stall's screens are told (paid, review, expired…), numbered: `seq` is the SSE event id,
 * so a screen that reconnects with Last-Event-ID gets exactly what it missed.
 */
const StallFeedEvent = model
  .define("stall_feed_event", {
    id: model.id({ prefix: "sfe" }).primaryKey(),
    seq: model.autoincrement(),
    stall_id: model.text(),
    type: model.text(),
    data: model.json(),
  })
  .indexes([{ on: ["stall_id", "seq"] }])

export default StallFeedEvent
