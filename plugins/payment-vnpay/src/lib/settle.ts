import type { IpnReplyCode } from "@choso/vnpay"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { VNPAY_MODULE } from "../modules/vnpay"
import type VNPayModuleService from "../modules/vnpay/service"
import { settleVNPayPaymentWorkflow } from "../workflows/settle-vnpay-payment"
import { sessionIdFromTxnRef } from "./txn-ref"

export const VNPAY_PROVIDER_ID = "pp_vnpay_vnpay"

/** A payment outcome whose signature was already verified (IPN or querydr). */
export interface VerifiedOutcome {
  txnRef: string
  amount: number
  succeeded: boolean
  responseCode: string
  transactionStatus: string
  transactionNo: string | null
  bankCode: string | null
  payDate: Date | null
  raw: Record<string, unknown>
}

/** The same fields come from a verified IPN event and a verified querydr result. */
export function toVerifiedOutcome(source: {
  txnRef: string
  amount: number
  succeeded: boolean
  responseCode: string
  transactionStatus: string
  transactionNo?: string | null
  bankCode?: string | null
  payDate?: Date | null
  raw: Record<string, string>
}): VerifiedOutcome {
  return {
    txnRef: source.txnRef,
    amount: source.amount,
    succeeded: source.succeeded,
    responseCode: source.responseCode,
    transactionStatus: source.transactionStatus,
    transactionNo: source.transactionNo || null,
    bankCode: source.bankCode || null,
    payDate: source.payDate ?? null,
    raw: { ...source.raw },
  }
}

export async function cartIdOfCollection(container: MedusaContainer, paymentCollectionId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: paymentCollectionId },
  })
  return (data[0] as { cart_id?: string } | undefined)?.cart_id ?? null
}

export async function orderIdOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0] as { order_id?: string } | undefined)?.order_id ?? null
}

/**
 * VNPay's IPN rules, in VNPay's order, after the signature: the order (our payment session and
 * this exact attempt) exists → the amount matches → it is still pending → record and settle.
 * One lock per TxnRef, so a storm of duplicates settles once and the rest answer 02.
 */
export async function settleVerifiedOutcome(
  container: MedusaContainer,
  outcome: VerifiedOutcome,
  source: "ipn" | "querydr"
): Promise<IpnReplyCode> {
  const sessionId = sessionIdFromTxnRef(outcome.txnRef)
  if (!sessionId) {
    return "01"
  }
  const locking = container.resolve(Modules.LOCKING)
  return locking.execute(
    `vnpay:${outcome.txnRef}`,
    async (): Promise<IpnReplyCode> => {
      const payment = container.resolve(Modules.PAYMENT)
      const [session] = await payment.listPaymentSessions({ id: sessionId })
      const data = session?.data as { txn_ref?: string; amount?: number } | undefined
      if (!session || session.provider_id !== VNPAY_PROVIDER_ID || data?.txn_ref !== outcome.txnRef) {
        return "01"
      }
      if (Number(session.amount) !== outcome.amount || data.amount !== outcome.amount) {
        return "04"
      }
      const ledger = container.resolve<VNPayModuleService>(VNPAY_MODULE)
      const [existing] = await ledger.listVNPayPayments({ txn_ref: outcome.txnRef })
      if (existing || session.status === "authorized" || session.status === "captured") {
        return "02"
      }
      const cartId = await cartIdOfCollection(container, session.payment_collection_id)
      await settleVNPayPaymentWorkflow(container).run({
        input: {
          txn_ref: outcome.txnRef,
          payment_session_id: session.id,
          cart_id: cartId,
          amount: outcome.amount,
          status: outcome.succeeded ? "paid" : "failed",
          response_code: outcome.responseCode,
          transaction_status: outcome.transactionStatus,
          transaction_no: outcome.transactionNo,
          bank_code: outcome.bankCode,
          pay_date: outcome.payDate,
          source,
          raw: outcome.raw,
        },
      })
      return "00"
    },
    { timeout: 60 }
  )
}

export type VNPayPaymentState =
  | { status: "paid"; order_id: string | null; cart_id: string | null }
  | { status: "failed"; response_code: string; cart_id: string | null }
  | { status: "pending"; cart_id: string | null }

/** What the return page shows: only outcomes verified server-side count as paid. */
export async function paymentState(container: MedusaContainer, txnRef: string): Promise<VNPayPaymentState | null> {
  const sessionId = sessionIdFromTxnRef(txnRef)
  if (!sessionId) return null
  const [session] = await container.resolve(Modules.PAYMENT).listPaymentSessions({ id: sessionId })
  if (!session || session.provider_id !== VNPAY_PROVIDER_ID) return null
  const cartId = await cartIdOfCollection(container, session.payment_collection_id)
  const [row] = await container.resolve<VNPayModuleService>(VNPAY_MODULE).listVNPayPayments({ txn_ref: txnRef })
  if (row?.status === "paid") {
    return { status: "paid", order_id: cartId ? await orderIdOfCart(container, cartId) : null, cart_id: cartId }
  }
  if (row?.status === "failed") {
    return { status: "failed", response_code: row.response_code, cart_id: cartId }
  }
  return { status: "pending", cart_id: cartId }
}
