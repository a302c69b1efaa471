import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ACTOR, SELLER_ERRORS } from "../../lib/seller-codes"

/** The e-mail an emailpass identity signs in with; refuses one already bound to a seller member. */
export const findAuthEmailStep = createStep(
  "find-auth-email",
  async ({ auth_identity_id }: { auth_identity_id: string }, { container }) => {
    const identity = await container
      .resolve(Modules.AUTH)
      .retrieveAuthIdentity(auth_identity_id, { relations: ["provider_identities"] })
    if (identity.app_metadata?.[`${SELLER_ACTOR}_id`]) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Tài khoản này đã thuộc một người bán (this account already belongs to a seller).",
        SELLER_ERRORS.alreadyMember
      )
    }
    const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
    if (!email) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Người bán đăng nhập bằng e-mail và mật khẩu (sign up with e-mail and password)."
      )
    }
    return new StepResponse(email.toLowerCase())
  }
)
