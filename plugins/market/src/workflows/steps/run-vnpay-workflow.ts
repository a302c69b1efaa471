import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface StartedVNPayAttempt {
  attempt_id: string
  txn_ref: string
  payment_url: string
  expires_at: string
}

type Engine = { run(name: string, options: { input: unknown; throwOnError?: boolean }): Promise<{ result: unknown }> }

async function runByName<T>(container: { resolve(key: string): unknown }, name: string, input: unknown): Promise<T> {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE) as Engine
  const { result } = await engine.run(name, { input, throwOnError: true })
  return result as T
}

/**
 * @choso/payment-vnpay's "start-vnpay-payment", run by name (plugins meet through workflows):
 * the attempt in its ledger, TxnRef = the request's reference. An attempt left unused when a
 * later step fails is only a URL nobody saw; it expires.
 */
export const startVNPayAttemptStep = createStep(
  "start-vnpay-stall-attempt",
  async (
    input: { resource_id: string; txn_ref: string; amount: number; order_info: string; ip?: string },
    { container }
  ) => {
    const attempt = await runByName<StartedVNPayAttempt>(container, "start-vnpay-payment", {
      purpose: "stall_payment",
      ...input,
    })
    return new StepResponse(attempt)
  }
)

/** @choso/payment-vnpay's "mark-vnpay-attempt-fulfilled": stops it handing the payment over again. */
export const markVNPayAttemptFulfilledStep = createStep(
  "mark-vnpay-stall-attempt-fulfilled",
  async (input: { txn_ref: string; detail?: Record<string, unknown> }, { container }) => {
    const done = await runByName<boolean>(container, "mark-vnpay-attempt-fulfilled", {
      txn_ref: input.txn_ref,
      purpose: "stall_payment",
      detail: input.detail,
    })
    return new StepResponse(done)
  }
)
