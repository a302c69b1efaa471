import { randomShortCode } from "@choso/trace-rules"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { traceOf } from "../../lib/load"
import type { CheckedLot } from "../../lib/lot-input"

const isUniqueViolation = (error: unknown, index: string) =>
  JSON.stringify((error as { message?: string })?.message ?? "").includes(index) ||
  String((error as { constraint?: string })?.constraint ?? "").includes(index)

/** The lot with a fresh short code (drawn again on the rare collision); removed again on failure. */
export const createLotStep = createStep(
  "create-trace-lot",
  async (lot: CheckedLot, { container }) => {
    const trace = traceOf(container)
    const [taken] = await trace.listLots({ variant_id: lot.variant_id, code: lot.code }, { select: ["id"], take: 1 })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Mã lô "${lot.code}" đã dùng cho sản phẩm này (lot code already used for this variant).`
      )
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const created = await trace.createLots({ ...lot, short_code: randomShortCode(), head_seq: 0 })
        return new StepResponse(created, created.id)
      } catch (error) {
        if (isUniqueViolation(error, "variant_id")) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Mã lô "${lot.code}" đã dùng cho sản phẩm này (lot code already used for this variant).`
          )
        }
        if (attempt >= 4 || !isUniqueViolation(error, "short_code")) throw error
      }
    }
  },
  async (id, { container }) => {
    if (id) await traceOf(container).deleteLots(id)
  }
)
