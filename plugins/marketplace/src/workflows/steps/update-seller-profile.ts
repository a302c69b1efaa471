import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"

/** Writes the given profile fields; compensation writes the previous values back. */
export const updateSellerProfileStep = createStep(
  "update-seller-profile",
  async (input: { seller_id: string; update: Record<string, string | null> }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const fields = Object.keys(input.update)
    const before = (await sellers.retrieveSeller(input.seller_id, { select: ["id", ...fields] })) as unknown as Record<
      string,
      string | null
    >
    await sellers.updateSellers({ id: input.seller_id, ...input.update })
    return new StepResponse(
      { id: input.seller_id },
      { id: input.seller_id, ...Object.fromEntries(fields.map((f) => [f, before[f] ?? null])) }
    )
  },
  async (before, { container }) => {
    if (before) await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(before)
  }
)
