import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"

export interface RemoveSellerMemberInput {
  seller_id: string
  member_id: string
  /** The owner removing the member. */
  by: string
}

/**
 * Takes a staff member off the seller (soft delete, restored if the workflow fails later). Another
 * seller's member is answered as one that does not exist; the owner and oneself cannot be removed.
 * Returns the sign-in identity bound to the member, to unbind it.
 */
export const removeSellerMemberStep = createStep(
  "remove-seller-member",
  async (input: RemoveSellerMemberInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [member] = await sellers.listSellerMembers(
      { id: input.member_id, seller_id: input.seller_id },
      { select: ["id", "seller_id", "role", "email"], take: 1 }
    )
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy thành viên này (member not found).")
    if (member.id === input.by) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Bạn không thể tự xoá mình (you cannot remove yourself).")
    }
    if (member.role === "owner") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Không thể xoá chủ cửa hàng (the owner cannot be removed).")
    }
    const [login] = await container
      .resolve(Modules.AUTH)
      .listProviderIdentities({ provider: "emailpass", entity_id: member.email }, { relations: ["auth_identity"] })
    await sellers.softDeleteSellerMembers([member.id])
    return new StepResponse(
      { id: member.id, seller_id: member.seller_id, auth_identity_id: login?.auth_identity?.id ?? null },
      member.id
    )
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).restoreSellerMembers([id])
  }
)
