import { type BankCode, formatVnpDate } from "@choso/vnpay"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VNPayPurpose } from "../../lib/constants"
import { newCartTxnRef } from "../../lib/txn-ref"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"
import type { VNPayBoundAttempt } from "../../providers/vnpay/types"

export interface CreateVNPayAttemptInput {
  resource_id: string
  amount: number
  bank_code?: BankCode | null
  locale: "vn" | "en"
  ip: string
  /** Default "cart" (TxnRef and order info made here); other purposes bring their own. */
  purpose?: VNPayPurpose
  txn_ref?: string
  order_info?: string
}

/**
 * Signs the payment URL and records the attempt in one step, before anyone can see the URL: an
 * IPN for it always finds its attempt. Undone (the row deleted) if the rest of the start fails.
 */
export const createVNPayAttemptStep = createStep(
  "create-vnpay-attempt",
  async (input: CreateVNPayAttemptInput, { container }) => {
    const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
    const options = vnpay.settings()
    const txnRef = input.txn_ref ?? newCartTxnRef()
    const createDate = new Date()
    const orderInfo = input.order_info ?? `Thanh toan don hang ${txnRef}`
    let signed: { url: string; expiresAt: Date }
    try {
      signed = vnpay.client().paymentUrls.create({
        amount: input.amount,
        txnRef,
        orderInfo,
        returnUrl: options.returnUrl,
        ipAddr: input.ip,
        locale: input.locale,
        bankCode: input.bank_code ?? undefined,
        createDate,
        expiresInMinutes: options.expiresInMinutes,
      })
    } catch (error) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, (error as Error).message)
    }
    const attempt = await vnpay.createVNPayAttempts({
      txn_ref: txnRef,
      purpose: input.purpose ?? "cart",
      resource_id: input.resource_id,
      amount: input.amount,
      create_date: formatVnpDate(createDate),
      expires_at: signed.expiresAt,
      bank_code: input.bank_code ?? null,
      locale: input.locale,
      ip: input.ip,
      order_info: orderInfo,
      payment_url: signed.url,
      status: "pending",
    })
    await vnpay.createVNPayAttemptEvents({ attempt_id: attempt.id, type: "created", to_status: "pending" })
    const bound: VNPayBoundAttempt = {
      attempt_id: attempt.id,
      txn_ref: txnRef,
      amount: input.amount,
      payment_url: signed.url,
      create_date: attempt.create_date,
      expires_at: signed.expiresAt.toISOString(),
    }
    return new StepResponse(bound, attempt.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<VNPayModuleService>(VNPAY_MODULE).deleteVNPayAttempts(id)
    }
  }
)
