import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The store's default sales channel: where sellers' stock is sold. */
export const findDefaultSalesChannelStep = createStep(
  "find-default-sales-channel",
  async (_: undefined, { container }) => {
    const [store] = await container
      .resolve(Modules.STORE)
      .listStores({}, { select: ["id", "default_sales_channel_id"] })
    if (!store?.default_sales_channel_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no default sales channel")
    }
    return new StepResponse(store.default_sales_channel_id)
  }
)
