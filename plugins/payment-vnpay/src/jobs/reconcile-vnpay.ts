import { VNPayAPIError } from "@choso/vnpay"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readVNPayOptions, vnpayClient } from "../lib/config"
import { settleVerifiedOutcome, toVerifiedOutcome, VNPAY_PROVIDER_ID } from "../lib/settle"
import { VNPAY_MODULE } from "../modules/vnpay"
import type VNPayModuleService from "../modules/vnpay/service"
import type { VNPaySessionData } from "../providers/vnpay/types"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A lost IPN must not lose an order: VNPay sessions still pending a few minutes after they
 * started are settled from VNPay's own answer to querydr, through the same rules as an IPN.
 */
export default async function reconcileVNPayPayments(container: MedusaContainer): Promise<void> {
  const options = readVNPayOptions()
  if (!options) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger = container.resolve<VNPayModuleService>(VNPAY_MODULE)
  const afterMs = Number(process.env.VNPAY_RECONCILE_AFTER_SECONDS || 180) * 1000
  const now = Date.now()
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "data", "status", "created_at"],
    filters: {
      provider_id: VNPAY_PROVIDER_ID,
      status: "pending",
      created_at: { $lt: new Date(now - afterMs), $gt: new Date(now - DAY_MS) },
    },
  })
  const vnpay = vnpayClient(options)
  for (const session of sessions) {
    const data = session.data as VNPaySessionData | null
    if (!data?.txn_ref || !data.create_date) continue
    const [settled] = await ledger.listVNPayPayments({ txn_ref: data.txn_ref })
    if (settled) continue
    try {
      const result = await vnpay.transactions.retrieve({
        txnRef: data.txn_ref,
        transactionDate: data.create_date,
        ipAddr: options.serverIp ?? "127.0.0.1",
        orderInfo: `Doi soat ${data.txn_ref.slice(-10)}`,
      })
      if (result.transactionStatus === "01" || result.amount === null) continue // not finished paying
      const code = await settleVerifiedOutcome(
        container,
        toVerifiedOutcome({ ...result, txnRef: data.txn_ref, amount: result.amount }),
        "querydr"
      )
      logger.info(`VNPay reconciliation ${data.txn_ref}: ${result.transactionStatus} → ${code}`)
    } catch (error) {
      if (error instanceof VNPayAPIError && error.code === "91") continue // never paid at VNPay
      logger.warn(`VNPay reconciliation ${data.txn_ref} failed: ${(error as Error).message}`)
    }
  }
}

export const config = {
  name: "reconcile-vnpay-payments",
  // Every minute; tests and demos may set a faster cron (seconds field allowed).
  schedule: process.env.VNPAY_RECONCILE_CRON || "* * * * *",
}
