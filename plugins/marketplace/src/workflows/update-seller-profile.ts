import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { type MemberRole, SELLER_ERRORS } from "../lib/seller-codes"
import { updateSellerProfileStep } from "./steps/update-seller-profile"
import { validateSellerProfileStep } from "./steps/validate-seller-registration"

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
    return new WorkflowResponse(updated)
  }
)
