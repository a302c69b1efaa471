import { vietnamToday } from "@choso/ocop-rules"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_BADGES_CHANGED_EVENT } from "../../lib/constants"
import { productsOfCertificates } from "../../lib/load"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

/**
 * The covered products' badges follow their certificates (recomputed, so running it again, or
 * again after an undo, gives the same badges).
 */
export const syncBadgesStep = createStep(
  "sync-ocop-badges",
  async (input: { certificate_ids: string[]; today?: string }, { container }) => {
    const products = await productsOfCertificates(container, input.certificate_ids)
    const changed = await container
      .resolve<OcopModuleService>(OCOP_MODULE)
      .syncBadges(products, input.today ?? vietnamToday())
    if (changed.length) {
      await container
        .resolve(Modules.EVENT_BUS)
        .emit({ name: OCOP_BADGES_CHANGED_EVENT, data: { product_ids: changed } })
    }
    return new StepResponse(changed, { products, today: input.today })
  },
  async (undo, { container }) => {
    if (!undo?.products.length) return
    await container.resolve<OcopModuleService>(OCOP_MODULE).syncBadges(undo.products, undo.today ?? vietnamToday())
  }
)
