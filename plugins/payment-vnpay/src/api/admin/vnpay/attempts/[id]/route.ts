import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VNPAY_MODULE } from "../../../../../modules/vnpay"
import type VNPayModuleService from "../../../../../modules/vnpay/service"

type Event = { id: string; created_at: Date | string }

/** One attempt with every column and its history, oldest event first. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { id } = req.params
  const vnpay = req.scope.resolve<VNPayModuleService>(VNPAY_MODULE)
  const [attempt] = await vnpay.listVNPayAttempts({ id }, { relations: ["events"], take: 1 })
  if (!attempt) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `VNPay attempt ${id} was not found`)
  }
  res.json({ vnpay_attempt: { ...attempt, events: chronological(attempt.events) } })
}

/**
 * Events written in one transaction share created_at (PostgreSQL's now() is the transaction's
 * start), so the id — a ULID, which begins with its creation time in ms — breaks the tie.
 */
function chronological<T extends Event>(events: T[]): T[] {
  const time = (event: T) => new Date(event.created_at).getTime()
  return [...events].sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
