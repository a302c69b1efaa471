import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The seller's products with their status, and the ids a suspension hid. */
export const findSellerProductsStep = createStep(
  "find-seller-products",
  async ({ seller_id }: { seller_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "seller",
      fields: ["id", "hidden_products", "products.id", "products.status"],
      filters: { id: seller_id },
    })
    const seller = data[0] as
      | { hidden_products?: { ids?: string[] } | null; products?: ({ id: string; status: string } | null)[] }
      | undefined
    const products = (seller?.products ?? []).filter((p): p is { id: string; status: string } => !!p)
    const hidden = new Set(seller?.hidden_products?.ids ?? [])
    return new StepResponse({
      published: products.filter((p) => p.status === "published").map((p) => p.id),
      hidden: products.filter((p) => hidden.has(p.id)).map((p) => p.id),
    })
  }
)
