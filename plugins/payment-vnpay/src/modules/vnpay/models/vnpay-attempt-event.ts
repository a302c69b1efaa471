import { model } from "@medusajs/framework/utils"
import VNPayAttempt from "./vnpay-attempt"

/** Append-only history of an attempt: what happened, from which status to which, and why. */
const VNPayAttemptEvent = model.define("vnpay_attempt_event", {
  id: model.id({ prefix: "vnpae" }).primaryKey(),
  attempt: model.belongsTo(() => VNPayAttempt, { mappedBy: "events" }),
  type: model.text(),
  from_status: model.text().nullable(),
  to_status: model.text(),
  detail: model.json().nullable(),
})

export default VNPayAttemptEvent
