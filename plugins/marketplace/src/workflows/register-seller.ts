import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createStockLocations, emitEventStep } from "@medusajs/medusa/core-flows"
import type { SellerRegistration } from "../lib/registration"
import { SELLER_EVENTS, SELLER_MODULE } from "../lib/seller-codes"
import { bindSellerLoginStep } from "./steps/bind-seller-login"
import { createSellerStep } from "./steps/create-seller"
import { findAuthEmailStep } from "./steps/find-auth-email"
import { findDefaultSalesChannelStep } from "./steps/find-default-sales-channel"
import { validateSellerRegistrationStep } from "./steps/validate-seller-registration"

export interface RegisterSellerInput {
  /** The emailpass identity (actor `seller`) of the person registering; becomes the owner. */
  auth_identity_id: string
  member_name: string
  seller: SellerRegistration
}

/**
 * A household or cooperative registers: the seller (pending), its owner member bound to the
 * auth identity, and its own stock location (its address, sold through the store's channel).
 */
export const registerSellerWorkflow = createWorkflow("register-seller", (input: RegisterSellerInput) => {
  const email = findAuthEmailStep({ auth_identity_id: input.auth_identity_id })
  const seller = validateSellerRegistrationStep(
    transform({ input, email }, ({ input, email }) => ({ seller: input.seller, member_email: email }))
  )
  const created = createSellerStep(
    transform({ input, seller, email }, ({ input, seller, email }) => ({
      seller,
      member: { name: input.member_name || seller.representative, email },
    }))
  )
  bindSellerLoginStep(
    transform({ input, created }, ({ input, created }) => ({
      auth_identity_id: input.auth_identity_id,
      member_id: created.member.id,
    }))
  )
  const locations = createStockLocations(
    transform({ seller }, ({ seller }) => [
      {
        name: `Kho ${seller.name}`,
        address: {
          address_1: seller.address_line,
          city: seller.ward_code,
          province: seller.province_code,
          country_code: "vn",
          phone: seller.phone,
        },
        metadata: { vn_province_code: seller.province_code, vn_ward_code: seller.ward_code },
      },
    ])
  )
  const location = transform({ locations }, ({ locations }) => locations[0])
  const channelId = findDefaultSalesChannelStep()
  createRemoteLinkStep(
    transform({ created, location, channelId }, ({ created, location, channelId }): LinkDefinition[] => [
      {
        [SELLER_MODULE]: { seller_id: created.seller.id },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      },
      {
        [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      },
    ])
  )
  emitEventStep({
    eventName: SELLER_EVENTS.registered,
    data: transform({ created }, ({ created }) => ({ id: created.seller.id })),
  })
  return new WorkflowResponse(created)
})
