import { REVIEW_DECISIONS, REVIEW_REASONS, TRANSFER_OUTCOMES } from "@choso/market-rules"
import { model } from "@medusajs/framework/utils"

/**
 * One bank transaction a webhook reported, stored (raw payload included) before it is matched.
 * Unique on (provider, provider_transaction_id): a retried webhook finds the row it made.
 */
const IncomingTransfer = model
  .define("incoming_transfer", {
    id: model.id({ prefix: "itr" }).primaryKey(),
    provider: model.text(),
    provider_transaction_id: model.text(),
    transfer_type: model.text(),
    account: model.text(),
    sub_account: model.text().nullable(),
    amount: model.number(),
    content: model.text(),
    gateway: model.text().nullable(),
    bank_reference: model.text().nullable(),
    transaction_date: model.dateTime(),
    raw: model.json(),
    /** Null until matched (a crash between storing and matching leaves it for reconciliation). */
    outcome: model.enum([...TRANSFER_OUTCOMES]).nullable(),
    reason: model.enum([...REVIEW_REASONS]).nullable(),
    reference: model.text().nullable(),
    payment_request_id: model.text().nullable(),
    stall_id: model.text().nullable(),
    resolution: model.enum([...REVIEW_DECISIONS]).nullable(),
    resolution_note: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
  })
  .indexes([
    { on: ["provider", "provider_transaction_id"], unique: true },
    { on: ["stall_id", "created_at"] },
    { on: ["outcome", "resolution"] },
  ])

export default IncomingTransfer
