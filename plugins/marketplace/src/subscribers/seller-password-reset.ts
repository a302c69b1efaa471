import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { passwordResetMessage } from "../lib/messages"
import { SELLER_ACTOR, SELLER_MODULE } from "../lib/seller-codes"
import type SellerModuleService from "../modules/seller/service"

/** Medusa made a reset token for a seller member: send the link (local provider in development). */
export default async function sellerPasswordReset({
  event,
  container,
}: SubscriberArgs<{ entity_id: string; actor_type: string; token: string }>) {
  if (event.data.actor_type !== SELLER_ACTOR) return
  const { storefrontUrl } = container.resolve<SellerModuleService>(SELLER_MODULE).settings()
  const message = passwordResetMessage(storefrontUrl, event.data.entity_id, event.data.token)
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: event.data.entity_id,
    channel: "email",
    template: "seller-password-reset",
    data: { ...message },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
