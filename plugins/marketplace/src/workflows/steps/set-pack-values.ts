import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

interface PackValues {
  product_id: string
  option_id: string | null
  /** Pack sizes to link (created on the option if new). */
  add?: string[]
  /** Linked value ids to unlink. */
  remove?: string[]
}

async function linkedValueIds(
  container: Parameters<Parameters<typeof createStep>[1]>[1]["container"],
  input: PackValues
) {
  const [product] = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ id: input.product_id }, { relations: ["options", "options.values"] })
  const option = product?.options?.find((o) => o.id === input.option_id)
  return new Set((option?.values ?? []).map((v) => v.id))
}

/** Links or unlinks pack sizes on the product's option; compensation restores the links. */
export const setPackValuesStep = createStep(
  "set-pack-values",
  async (input: PackValues, { container }) => {
    if (!input.option_id || (!input.add?.length && !input.remove?.length)) return new StepResponse(false, null)
    const before = await linkedValueIds(container, input)
    await container.resolve(Modules.PRODUCT).updateProductOptionValuesOnProduct([
      {
        product_id: input.product_id,
        product_option_id: input.option_id,
        ...(input.add?.length ? { add: input.add.map((value) => ({ value })) } : {}),
        ...(input.remove?.length ? { remove: input.remove } : {}),
      },
    ])
    const after = await linkedValueIds(container, input)
    return new StepResponse(true, {
      product_id: input.product_id,
      product_option_id: input.option_id,
      added: [...after].filter((id) => !before.has(id)),
      removed: [...before].filter((id) => !after.has(id)),
    })
  },
  async (done, { container }) => {
    if (!done || (!done.added.length && !done.removed.length)) return
    await container.resolve(Modules.PRODUCT).updateProductOptionValuesOnProduct([
      {
        product_id: done.product_id,
        product_option_id: done.product_option_id,
        ...(done.removed.length ? { add: done.removed } : {}),
        ...(done.added.length ? { remove: done.added } : {}),
      },
    ])
  }
)
