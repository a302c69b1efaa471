import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashDeviceToken } from "../../api/stall/device-auth"
import { MARKET_ERRORS } from "../../lib/errors"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export interface RegisterStallDeviceInput {
  seller_id: string
  member_id: string
  label?: string
  stall_id?: string
}

/** A phone of one of the seller's stalls; the token is returned once and only its hash is kept. */
export const registerStallDeviceStep = createStep(
  "register-stall-device",
  async (input: RegisterStallDeviceInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "seller",
      fields: ["id", "stalls.id", "stalls.status", "stalls.created_at"],
      filters: { id: input.seller_id },
    })
    const stalls = ((data[0] as { stalls?: { id: string; status: string }[] } | undefined)?.stalls ?? []).filter(
      (s) => s.status !== "suspended"
    )
    const stall = input.stall_id ? stalls.find((s) => s.id === input.stall_id) : stalls[0]
    if (!stall) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Tài khoản này chưa có quầy nào ở chợ — hãy liên hệ Ban quản lý chợ (no stall).",
        MARKET_ERRORS.noStall
      )
    }
    const token = randomBytes(32).toString("base64url")
    const device = await container.resolve<MarketModuleService>(MARKET_MODULE).createStallDevices({
      stall_id: stall.id,
      seller_id: input.seller_id,
      member_id: input.member_id,
      label: input.label?.trim() || "Điện thoại",
      token_hash: hashDeviceToken(token),
      last_seen_at: new Date(),
    })
    return new StepResponse({ device, token }, device.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<MarketModuleService>(MARKET_MODULE).deleteStallDevices(id)
  }
)
