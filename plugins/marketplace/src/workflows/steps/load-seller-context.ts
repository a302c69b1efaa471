import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ERRORS } from "../../lib/seller-codes"

export interface SellerContext {
  seller_id: string
  status: string
  location_id: string
  sales_channel_id: string
  shipping_profile_id: string
}

/**
 * Where a seller's product goes: its own stock location, the store's sales channel and default
 * shipping profile. With `product_id`, refuses a product that is not the seller's (404).
 */
export const loadSellerContextStep = createStep(
  "load-seller-context",
  async (input: { seller_id: string; product_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "seller",
      fields: ["id", "status", "stock_locations.id", ...(input.product_id ? ["products.id"] : [])],
      filters: { id: input.seller_id },
    })
    const seller = data[0] as
      | { id: string; status: string; stock_locations?: { id: string }[]; products?: { id: string }[] }
      | undefined
    if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Seller not found")
    if (input.product_id && !seller.products?.some((p) => p?.id === input.product_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Không tìm thấy sản phẩm ${input.product_id} (product not found)`
      )
    }
    const location = seller.stock_locations?.find(Boolean)
    if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The seller has no stock location")
    const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
    const [profile] = await container
      .resolve(Modules.FULFILLMENT)
      .listShippingProfiles({ type: "default" }, { select: ["id"], take: 1 })
    if (!store?.default_sales_channel_id || !profile) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no default sales channel or shipping profile")
    }
    const context: SellerContext = {
      seller_id: seller.id,
      status: seller.status,
      location_id: location.id,
      sales_channel_id: store.default_sales_channel_id,
      shipping_profile_id: profile.id,
    }
    return new StepResponse(context)
  }
)

/** Only an approved seller's products reach shoppers. */
export const assertSellerMaySellStep = createStep("assert-seller-may-sell", async (context: SellerContext) => {
  if (context.status !== "approved") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Chỉ người bán đã được duyệt mới đăng bán được sản phẩm (only an approved seller can publish).",
      SELLER_ERRORS.notApproved
    )
  }
  return new StepResponse(true)
})
