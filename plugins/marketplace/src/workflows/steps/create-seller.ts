import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerRegistration } from "../../lib/registration"
import { SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"

export interface CreateSellerStepInput {
  seller: SellerRegistration & { handle: string }
  member: { name: string; email: string }
}

/** The seller (pending, its first history row) and its owner member; compensation removes both. */
export const createSellerStep = createStep(
  "create-seller",
  async ({ seller, member }: CreateSellerStepInput, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const { id_number, ...fields } = seller
    const created = await sellers.createSellers({ ...fields, ...sellers.sealIdNumber(id_number), status: "pending" })
    const owner = await sellers.createSellerMembers({
      seller_id: created.id,
      role: "owner",
      name: member.name.trim(),
      email: member.email.trim().toLowerCase(),
    })
    await sellers.createSellerStatusEvents({
      seller_id: created.id,
      from_status: null,
      to_status: "pending",
      reason: null,
      actor_type: "seller",
      actor_id: owner.id,
    })
    return new StepResponse(
      { seller: { id: created.id, handle: created.handle, status: created.status }, member: { id: owner.id } },
      { seller_id: created.id, member_id: owner.id }
    )
  },
  async (created, { container }) => {
    if (!created) return
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    await sellers.deleteSellerMembers(created.member_id)
    const events = await sellers.listSellerStatusEvents({ seller_id: created.seller_id }, { select: ["id"] })
    await sellers.deleteSellerStatusEvents(events.map((e) => e.id))
    await sellers.deleteSellers(created.seller_id)
  }
)
