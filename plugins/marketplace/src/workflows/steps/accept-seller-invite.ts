import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ERRORS, SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"
import { hashInviteToken } from "./create-seller-invite"

/** Turns a valid, unexpired invitation for this e-mail into a staff member; compensation undoes it. */
export const acceptSellerInviteStep = createStep(
  "accept-seller-invite",
  async (input: { token: string; email: string; name: string }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [invite] = await sellers.listSellerInvites({ token_hash: hashInviteToken(input.token) }, { take: 1 })
    const refuse = (why: string): never => {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, why, SELLER_ERRORS.inviteInvalid)
    }
    if (!invite || invite.accepted_at) refuse("Lời mời không hợp lệ hoặc đã được dùng (invalid or used invitation).")
    if (new Date(invite.expires_at).getTime() < Date.now()) {
      refuse("Lời mời đã hết hạn — hãy nhờ chủ cửa hàng mời lại (the invitation expired).")
    }
    if (invite.email !== input.email.toLowerCase()) {
      refuse(`Lời mời này gửi cho ${invite.email}; hãy đăng ký bằng e-mail đó (the invitation is for another e-mail).`)
    }
    const member = await sellers.createSellerMembers({
      seller_id: invite.seller_id,
      role: "staff",
      name: input.name.trim(),
      email: invite.email,
    })
    await sellers.updateSellerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(
      { id: member.id, seller_id: invite.seller_id },
      { member_id: member.id, invite_id: invite.id }
    )
  },
  async (done, { container }) => {
    if (!done) return
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellers.updateSellerInvites({ id: done.invite_id, accepted_at: null })
    await sellers.deleteSellerMembers(done.member_id)
  }
)
