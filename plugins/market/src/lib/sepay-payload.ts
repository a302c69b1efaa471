import type { NewTransfer } from "../modules/market/service"
import { SEPAY_PROVIDER } from "./constants"
import { parseVietnamDateTime } from "./vietnam-day"

/** Reads one SePay transaction; null when it is not one (then it is refused with 400). */
export function transferFromSePay(body: unknown): NewTransfer | null {
  if (!body || typeof body !== "object") return null
  const b = body as Record<string, unknown>
  const id = typeof b.id === "number" || typeof b.id === "string" ? String(b.id) : null
  const amount = Number(b.transferAmount)
  const account = typeof b.accountNumber === "string" ? b.accountNumber.trim() : ""
  const type = b.transferType === "in" || b.transferType === "out" ? b.transferType : null
  const date = typeof b.transactionDate === "string" ? parseVietnamDateTime(b.transactionDate) : null
  if (!id || !type || !account || !Number.isSafeInteger(amount) || amount < 0 || !date) return null
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)
  return {
    provider: SEPAY_PROVIDER,
    provider_transaction_id: id,
    transfer_type: type,
    account,
    sub_account: text(b.subAccount),
    amount,
    content: [text(b.content), text(b.code)].filter(Boolean).join(" "),
    gateway: text(b.gateway),
    bank_reference: text(b.referenceCode),
    transaction_date: date,
    raw: body,
  }
}
