import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"

/** Keeps which products a suspension hid (null once they are shown again). */
export const rememberHiddenProductsStep = createStep(
  "remember-hidden-products",
  async (input: { seller_id: string; product_ids: string[] | null }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await sellers.retrieveSeller(input.seller_id, { select: ["id", "hidden_products"] })
    await sellers.updateSellers({
      id: input.seller_id,
      hidden_products: input.product_ids ? { ids: input.product_ids } : null,
    })
    return new StepResponse(input.product_ids, { id: input.seller_id, hidden_products: before.hidden_products ?? null })
  },
  async (before, { container }) => {
    if (before) await container.resolve<SellerModuleService>(SELLER_MODULE).updateSellers(before)
  }
)
