import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_ACTOR, SELLER_ERRORS } from "../../lib/seller-codes"

const KEY = `${SELLER_ACTOR}_id`

/**
 * Binds a sign-in to a member (`app_metadata.seller_id`, Medusa's actor convention) or, with
 * `member_id: null`, unbinds it. Medusa's setAuthAppMetadataStep cannot bind again after an
 * unbinding: the module merges app_metadata, so an unbound key stays, holding null, and that step
 * reads any present key as taken. Here null is free; the old value is restored on compensation.
 */
export const bindSellerLoginStep = createStep(
  "bind-seller-login",
  async (input: { auth_identity_id: string; member_id: string | null }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identity = await auth.retrieveAuthIdentity(input.auth_identity_id)
    const before = (identity.app_metadata?.[KEY] as string | null | undefined) ?? null
    if (input.member_id && before) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Tài khoản này đã thuộc một người bán (this account already belongs to a seller).",
        SELLER_ERRORS.alreadyMember
      )
    }
    await auth.updateAuthIdentities({ id: identity.id, app_metadata: { [KEY]: input.member_id } })
    return new StepResponse(null, { id: identity.id, before })
  },
  async (bound, { container }) => {
    if (bound) {
      await container
        .resolve(Modules.AUTH)
        .updateAuthIdentities({ id: bound.id, app_metadata: { [KEY]: bound.before } })
    }
  }
)
