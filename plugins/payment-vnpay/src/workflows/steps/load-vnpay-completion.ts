import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type CompletionDecision, decideCompletion } from "../../lib/completion-rules"
import { VNPAY_PROVIDER_ID } from "../../lib/constants"
import { VNPAY_MODULE } from "../../modules/vnpay"
import type VNPayModuleService from "../../modules/vnpay/service"
import type { VNPayBoundAttempt } from "../../providers/vnpay/types"

export interface VNPayCompletionPlan {
  decision: CompletionDecision
  cart_id: string
  payment_collection_id: string | null
  attempt: VNPayBoundAttempt
}

type CartRow = {
  completed_at?: string | null
  payment_collection?: {
    id: string
    amount: number | string
    payment_sessions?: { id: string; provider_id: string; data?: Record<string, unknown> | null }[]
    payments?: { data?: Record<string, unknown> | null }[]
  } | null
}

/** Gathers what decides whether a paid attempt becomes the cart's order (see decideCompletion). */
export async function loadVNPayCompletionPlan(
  container: MedusaContainer,
  attempt_id: string
): Promise<VNPayCompletionPlan> {
  const vnpay = container.resolve<VNPayModuleService>(VNPAY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const attempt = await vnpay.retrieveVNPayAttempt(attempt_id)
  const cartId = attempt.resource_id
  const [{ data: carts }, { data: links }] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: [
        "completed_at",
        "payment_collection.id",
        "payment_collection.amount",
        "payment_collection.payment_sessions.id",
        "payment_collection.payment_sessions.provider_id",
        "payment_collection.payment_sessions.data",
        "payment_collection.payments.data",
      ],
      filters: { id: cartId },
    }),
    query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } }),
  ])
  const cart = carts[0] as CartRow | undefined
  const collection = cart?.payment_collection ?? null
  const orderId = (links[0] as { order_id?: string } | undefined)?.order_id
  const txnRefOf = (data?: Record<string, unknown> | null) => (typeof data?.txn_ref === "string" ? data.txn_ref : null)
  const decision = decideCompletion({
    attempt: { txn_ref: attempt.txn_ref, amount: Number(attempt.amount), status: attempt.status },
    cart: cart
      ? {
          completed_at: cart.completed_at,
          amount: collection ? Number(collection.amount) : null,
          sessions: (collection?.payment_sessions ?? []).map((s) => ({
            id: s.id,
            provider_id: s.provider_id,
            txn_ref: txnRefOf(s.data),
          })),
        }
      : null,
    order: orderId
      ? {
          id: orderId,
          txn_refs: (collection?.payments ?? []).map((p) => txnRefOf(p.data)).filter((r): r is string => !!r),
        }
      : null,
    vnpayProviderId: VNPAY_PROVIDER_ID,
  })
  const plan: VNPayCompletionPlan = {
    decision,
    cart_id: cartId,
    payment_collection_id: collection?.id ?? null,
    attempt: {
      attempt_id: attempt.id,
      txn_ref: attempt.txn_ref,
      amount: Number(attempt.amount),
      payment_url: attempt.payment_url,
      create_date: attempt.create_date,
      expires_at: new Date(attempt.expires_at).toISOString(),
    },
  }
  return plan
}

export const loadVNPayCompletionStep = createStep(
  "load-vnpay-completion",
  async ({ attempt_id }: { attempt_id: string }, { container }) =>
    new StepResponse(await loadVNPayCompletionPlan(container, attempt_id))
)
