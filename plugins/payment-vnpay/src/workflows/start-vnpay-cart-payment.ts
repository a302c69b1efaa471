import type { BankCode } from "@choso/vnpay"
import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { VNPAY_PROVIDER_ID } from "../lib/constants"
import { bindVNPayAttemptSessionStep } from "./steps/bind-vnpay-attempt-session"
import { createVNPayAttemptStep } from "./steps/create-vnpay-attempt"
import { type VNPayCartSnapshot, validateVNPayCartStep } from "./steps/validate-vnpay-cart"

export interface StartVNPayCartPaymentInput {
  cart_id: string
  bank_code?: BankCode | null
  locale?: "vn" | "en"
  ip?: string
}

export interface StartedVNPayPayment {
  txn_ref: string
  payment_url: string
  amount: number
  expires_at: string
}

const CART_FIELDS = ["id", "completed_at", "currency_code", "payment_collection.id", "payment_collection.amount"]

/**
 * Starts a VNPay payment for a cart: records the attempt with its signed URL, then makes it the
 * cart's payment session (Medusa drops the cart's previous session; the attempt stays findable).
 */
export const startVNPayCartPaymentWorkflow = createWorkflow(
  "start-vnpay-cart-payment",
  (input: StartVNPayCartPaymentInput) => {
    const { data: carts } = useQueryGraphStep({ entity: "cart", fields: CART_FIELDS, filters: { id: input.cart_id } })
    const cart = transform({ carts }, ({ carts }) => carts[0] as VNPayCartSnapshot | undefined)
    when("vnpay-cart-needs-collection", { cart }, ({ cart }) => !!cart && !cart.payment_collection).then(() => {
      createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    })
    const { data: refetched } = useQueryGraphStep({
      entity: "cart",
      fields: CART_FIELDS,
      filters: { id: input.cart_id },
    }).config({ name: "refetch-vnpay-cart" })
    const payable = validateVNPayCartStep({
      cart: transform({ refetched }, ({ refetched }) => refetched[0] as VNPayCartSnapshot | undefined),
    })
    const attemptInput = transform({ payable, input }, ({ payable, input }) => {
      return {
        resource_id: input.cart_id,
        amount: payable.amount,
        bank_code: input.bank_code ?? null,
        locale: input.locale === "en" ? ("en" as const) : ("vn" as const),
        ip: input.ip || "127.0.0.1",
        payment_collection_id: payable.payment_collection_id,
      }
    })
    const attempt = createVNPayAttemptStep(attemptInput)
    const sessionInput = transform({ attempt, attemptInput }, ({ attempt, attemptInput }) => ({
      payment_collection_id: attemptInput.payment_collection_id,
      provider_id: VNPAY_PROVIDER_ID,
      data: { attempt },
    }))
    const session = createPaymentSessionsWorkflow.runAsStep({ input: sessionInput })
    const binding = transform({ attempt, session }, ({ attempt, session }) => ({
      attempt_id: attempt.attempt_id,
      payment_session_id: session.id,
    }))
    bindVNPayAttemptSessionStep(binding)
    const started = transform(
      { attempt },
      ({ attempt }): StartedVNPayPayment => ({
        txn_ref: attempt.txn_ref,
        payment_url: attempt.payment_url,
        amount: attempt.amount,
        expires_at: attempt.expires_at,
      })
    )
    return new WorkflowResponse(started)
  }
)
