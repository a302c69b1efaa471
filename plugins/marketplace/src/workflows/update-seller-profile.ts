import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
  when,
} from "@medusajs/framework/workflows-sdk"
import { updateStockLocationsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { type MemberRole, SELLER_ERRORS } from "../lib/seller-codes"
import { updateSellerProfileStep } from "./steps/update-seller-profile"
import { validateSellerProfileStep } from "./steps/validate-seller-registration"

const ADDRESS_FIELDS = ["address_line", "province_code", "ward_code", "phone"]

/** Fields only the owner may change: where the money goes. */
export const OWNER_ONLY_FIELDS = ["bank_bin", "bank_account_number", "bank_account_name"] as const

export interface UpdateSellerProfileInput {
  seller_id: string
  role: MemberRole
  update: Record<string, string | null>
}

const assertRoleMayStep = createStep("assert-role-may-update", async (input: UpdateSellerProfileInput) => {
  if (input.role !== "owner" && OWNER_ONLY_FIELDS.some((f) => f in input.update)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Chỉ chủ cửa hàng mới đổi được tài khoản ngân hàng (only the owner can change the bank account).",
      SELLER_ERRORS.ownerOnly
    )
  }
  return new StepResponse(true)
})

/** A member edits the seller's contact, story or logo; the owner also its bank account. */
export const updateSellerProfileWorkflow = createWorkflow(
  "update-seller-profile",
  (input: UpdateSellerProfileInput) => {
    assertRoleMayStep(input)
    const update = validateSellerProfileStep(
      transform({ input }, ({ input }) => ({ seller_id: input.seller_id, update: input.update }))
    )
    const updated = updateSellerProfileStep(
      transform({ input, update }, ({ input, update }) => ({ seller_id: input.seller_id, update }))
    )
    // The seller ships from its address: its stock location moves with it.
    const { data: sellers } = useQueryGraphStep({
      entity: "seller",
      fields: ["id", "address_line", "province_code", "ward_code", "phone", "stock_locations.id"],
      filters: transform({ input }, ({ input }) => ({ id: input.seller_id })),
    }).config({ name: "load-seller-location" })
    when("seller-address-changed", { update }, ({ update }) => ADDRESS_FIELDS.some((field) => field in update)).then(
      () => {
        updateStockLocationsWorkflow.runAsStep({
          input: transform({ sellers }, ({ sellers }) => {
            const seller = sellers[0] as {
              address_line: string
              province_code: string
              ward_code: string
              phone: string
              stock_locations?: ({ id: string } | null)[]
            }
            return {
              selector: { id: (seller.stock_locations ?? []).flatMap((l) => (l ? [l.id] : [])) },
              update: {
                address: {
                  address_1: seller.address_line,
                  city: seller.ward_code,
                  province: seller.province_code,
                  country_code: "vn",
                  phone: seller.phone,
                },
                metadata: { vn_province_code: seller.province_code, vn_ward_code: seller.ward_code },
              },
            }
          }),
        })
      }
    )
    return new WorkflowResponse(updated)
  }
)
