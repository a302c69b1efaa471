import type { MedusaContainer } from "@medusajs/framework/types"
import { completeCartWorkflow, createCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import type { VietnameseAddressInput } from "../../lib/address"
import { VIETNAM_MODULE } from "../../modules/vietnam"
import type VietnamModuleService from "../../modules/vietnam/service"

type MaybeAddress = VietnameseAddressInput | string | null | undefined

/** Medusa pre-fills `{ country_code }` from a single-country region; that is not an address yet. */
function isOnlyCountry(address: VietnameseAddressInput): boolean {
  return Object.entries(address).every(([key, value]) => key === "country_code" || value == null || value === "")
}

/** Only Vietnamese addresses are ours to judge; an address given by id was judged when it was saved. */
function assertIfVietnamese(container: MedusaContainer, address: MaybeAddress, { partialOk = true } = {}) {
  if (!address || typeof address === "string" || (partialOk && isOnlyCountry(address))) {
    return
  }
  const country = address.country_code?.toLowerCase()
  if (country && country !== "vn") {
    return
  }
  container.resolve<VietnamModuleService>(VIETNAM_MODULE).assertDeliverable(address)
}

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  assertIfVietnamese(container, (input as { shipping_address?: MaybeAddress }).shipping_address)
})

updateCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  assertIfVietnamese(container, (input as { shipping_address?: MaybeAddress }).shipping_address)
})

/** The last gate: whatever path set the address, an order is never placed to an undeliverable one. */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  assertIfVietnamese(container, (cart as { shipping_address?: MaybeAddress }).shipping_address, { partialOk: false })
})
