import { model } from "@medusajs/framework/utils"

/** A webhook call that failed authentication: only this log, never its content as a transfer. */
const WebhookRejection = model.define("market_webhook_rejection", {
  id: model.id({ prefix: "mwr" }).primaryKey(),
  provider: model.text(),
  reason: model.text(),
  ip: model.text().nullable(),
  body_sha256: model.text(),
  body_bytes: model.number(),
})

export default WebhookRejection
