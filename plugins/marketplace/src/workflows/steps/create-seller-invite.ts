import { createHash, randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inviteMessage } from "../../lib/messages"
import { SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"

export const hashInviteToken = (token: string) => createHash("sha256").update(token).digest("hex")

/** A one-time invitation (only its hash is stored) and the message that carries the token. */
export const createSellerInviteStep = createStep(
  "create-seller-invite",
  async (input: { seller_id: string; email: string }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const email = input.email.trim().toLowerCase()
    const [member] = await sellers.listSellerMembers({ email }, { take: 1 })
    if (member) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${email} đã là thành viên của một người bán (already a member of a seller).`
      )
    }
    const seller = await sellers.retrieveSeller(input.seller_id, { select: ["id", "name"] })
    const { storefrontUrl, inviteTtlHours } = sellers.settings()
    const token = randomBytes(24).toString("base64url")
    const invite = await sellers.createSellerInvites({
      seller_id: input.seller_id,
      email,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + inviteTtlHours * 3600_000),
    })
    return new StepResponse(
      {
        invite: { id: invite.id, email, expires_at: invite.expires_at },
        message: inviteMessage(storefrontUrl, seller.name, token, inviteTtlHours),
      },
      invite.id
    )
  },
  async (id, { container }) => {
    if (id) await container.resolve<SellerModuleService>(SELLER_MODULE).deleteSellerInvites(id)
  }
)
