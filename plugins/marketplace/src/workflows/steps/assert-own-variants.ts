import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Variant ids in an edit must be this product's: another product's variant is "not found". */
export const assertOwnVariantsStep = createStep(
  "assert-own-variants",
  async (input: { product_id: string; variant_ids: string[] }, { container }) => {
    if (!input.variant_ids.length) return new StepResponse(true)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { product_id: input.product_id },
    })
    const own = new Set((data as { id: string }[]).map((v) => v.id))
    const foreign = input.variant_ids.find((id) => !own.has(id))
    if (foreign) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy quy cách ${foreign} (variant not found)`)
    }
    return new StepResponse(true)
  }
)
