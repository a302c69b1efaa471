import { SELLER_EVENTS } from "@choso/marketplace/lib/seller-codes"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revokeMemberStallDevicesWorkflow } from "../workflows/revoke-member-stall-devices"

/** A member taken off a seller (@choso/marketplace): the phones it signed in at the stalls are signed out. */
export default async function sellerMemberRemoved({
  event,
  container,
}: SubscriberArgs<{ id: string; seller_id: string }>) {
  await revokeMemberStallDevicesWorkflow(container).run({
    input: { member_id: event.data.id, seller_id: event.data.seller_id },
  })
}

export const config: SubscriberConfig = { event: SELLER_EVENTS.memberRemoved }
