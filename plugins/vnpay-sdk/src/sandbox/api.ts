import { formatVnpDate, parseVnpDate } from "../dates.js"
import { hashFields, safeEqualHex } from "../signing.js"
import { type ApiResponse, apiResponse } from "./api-responses.js"
import { recordRefund, refundable, refundInProgress } from "./refund-lifecycle.js"
import type { SandboxState } from "./state.js"
import type { RefundOutcome, SandboxTransaction } from "./types.js"
import type { MerchantConfig } from "./validate.js"

/** Request hash orders of POST /merchant_webapi/api/transaction (STANDARDS.md, VNPay docs). */
const QUERYDR_REQUEST = [
  "RequestId",
  "Version",
  "Command",
  "TmnCode",
  "TxnRef",
  "TransactionDate",
  "CreateDate",
  "IpAddr",
  "OrderInfo",
]
const REFUND_REQUEST = [
  "RequestId",
  "Version",
  "Command",
  "TmnCode",
  "TransactionType",
  "TxnRef",
  "Amount",
  "TransactionNo",
  "TransactionDate",
  "CreateBy",
  "CreateDate",
  "IpAddr",
  "OrderInfo",
]
const OPTIONAL = new Set(["TransactionNo"])

type Fields = Record<string, string | undefined>

export interface ApiContext {
  state: SandboxState
  merchant: MerchantConfig
  now: Date
  refundOutcome: RefundOutcome
}

/** JSON body → `vnp_`-less string fields; numbers are accepted (the `vnpay` package sends some). */
function parseBody(raw: string): Fields | undefined {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    return undefined
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined
  const fields: Fields = {}
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("vnp_") && (typeof value === "string" || typeof value === "number"))
      fields[key.slice(4)] = String(value)
  }
  return fields
}

function formatProblem(f: Fields, order: string[]): boolean {
  if (order.some((key) => !OPTIONAL.has(key) && !f[key]) || !f.SecureHash) return true
  if (f.Version !== "2.1.0" || (f.RequestId ?? "").length > 32) return true
  if (!parseVnpDate(f.TransactionDate) || !parseVnpDate(f.CreateDate)) return true
  if (f.Command === "refund") {
    if (f.TransactionType !== "02" && f.TransactionType !== "03") return true
    if (!/^[1-9]\d*$/.test(f.Amount ?? "") || Number(f.Amount) % 100 !== 0) return true
  }
  return false
}

/** Handles querydr and refund exactly as VNPay: always HTTP 200 with a signed JSON answer. */
export function handleApi(raw: string, ctx: ApiContext): ApiResponse {
  const secret = ctx.merchant.hashSecret
  const f = parseBody(raw)
  const command = f?.Command ?? ""
  const echo = { vnp_TmnCode: f?.TmnCode, vnp_TxnRef: f?.TxnRef }
  const fail = (code: string) => apiResponse(secret, command, code, echo)
  if (!f || (command !== "querydr" && command !== "refund")) return fail("03")
  const order = command === "refund" ? REFUND_REQUEST : QUERYDR_REQUEST
  if (formatProblem(f, order)) return fail("03")
  if (f.TmnCode !== ctx.merchant.tmnCode) return fail("02")
  if (
    !safeEqualHex(
      hashFields(
        secret,
        order.map((key) => f[key])
      ),
      f.SecureHash ?? ""
    )
  )
    return fail("97")
  if (ctx.state.isDuplicateRequest(f.TmnCode, f.RequestId ?? "", ctx.now.getTime())) return fail("94")
  const tx = ctx.state.find(f.TmnCode, f.TxnRef ?? "")
  // VNPay finds a payment by TxnRef *and* its vnp_CreateDate (sent as vnp_TransactionDate).
  if (!tx || tx.createDate !== f.TransactionDate) return fail("91")
  return command === "querydr" ? querydr(secret, tx) : refund(secret, tx, f, ctx)
}

function querydr(secret: string, tx: SandboxTransaction): ApiResponse {
  return apiResponse(secret, "querydr", "00", {
    vnp_TmnCode: tx.tmnCode,
    vnp_TxnRef: tx.txnRef,
    vnp_Amount: String(tx.amount),
    vnp_OrderInfo: tx.orderInfo,
    vnp_BankCode: tx.bankCode,
    vnp_PayDate: tx.payDate,
    vnp_TransactionNo: tx.transactionNo,
    vnp_TransactionType: "01",
    vnp_TransactionStatus: tx.transactionStatus,
  })
}

function refund(secret: string, tx: SandboxTransaction, f: Fields, ctx: ApiContext): ApiResponse {
  const echo = { vnp_TmnCode: tx.tmnCode, vnp_TxnRef: tx.txnRef, vnp_TransactionType: f.TransactionType }
  if (f.TransactionNo && f.TransactionNo !== "0" && f.TransactionNo !== tx.transactionNo) {
    return apiResponse(secret, "refund", "91", echo)
  }
  if (tx.state !== "paid") return apiResponse(secret, "refund", "95", echo)
  // Another refund of this payment is still being processed.
  if (refundInProgress(tx)) return apiResponse(secret, "refund", "94", echo)
  const remaining = refundable(tx)
  if (remaining === 0) return apiResponse(secret, "refund", "94", echo)
  const amount = Number(f.Amount)
  const type = f.TransactionType === "02" ? "02" : "03"
  if (amount > remaining || (type === "02" && amount !== remaining)) return apiResponse(secret, "refund", "95", echo)
  const transactionNo = ctx.state.nextTransactionNo()
  recordRefund(
    tx,
    {
      requestId: f.RequestId ?? "",
      transactionType: type,
      amount,
      transactionNo,
      createBy: f.CreateBy ?? "",
      createDate: f.CreateDate ?? "",
    },
    ctx.refundOutcome
  )
  // Accepted and processing, whatever comes next: querydr tells the rest (06, or 09 rejected).
  return apiResponse(secret, "refund", "00", {
    ...echo,
    vnp_Amount: String(amount),
    vnp_OrderInfo: f.OrderInfo,
    vnp_BankCode: tx.bankCode,
    vnp_PayDate: formatVnpDate(ctx.now),
    vnp_TransactionNo: transactionNo,
    vnp_TransactionStatus: "05",
  })
}
