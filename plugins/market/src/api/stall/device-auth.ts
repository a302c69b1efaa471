import { createHash } from "node:crypto"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKET_ERRORS } from "../../lib/errors"
import { MARKET_MODULE } from "../../modules/market"
import type MarketModuleService from "../../modules/market/service"

export const DEVICE_HEADER = "x-stall-device"

export interface StallDeviceScope {
  id: string
  stall_id: string
  seller_id: string
  member_id: string
}

export type StallRequest<Body = unknown> = MedusaRequest<Body> & { stall_device: StallDeviceScope }

export function hashDeviceToken(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

const SEEN_EVERY_MS = 5 * 60 * 1000

/**
 * Every /stall route: the phone's device token (header) names its stall, never the request's
 * parameters; a revoked or unknown token is 401 (a lost phone, signed out from another).
 */
export async function stallDeviceAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const token = req.get(DEVICE_HEADER)
  if (!token || token.length < 20 || token.length > 200) {
    return next(
      new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "Vui lòng đăng nhập lại máy bán hàng (sign in).",
        MARKET_ERRORS.device
      )
    )
  }
  try {
    const market = req.scope.resolve<MarketModuleService>(MARKET_MODULE)
    const [device] = await market.listStallDevices(
      { token_hash: hashDeviceToken(token), revoked_at: null },
      { select: ["id", "stall_id", "seller_id", "member_id", "last_seen_at"], take: 1 }
    )
    if (!device) {
      return next(
        new MedusaError(
          MedusaError.Types.UNAUTHORIZED,
          "Máy này đã bị đăng xuất — hãy đăng nhập lại (device signed out).",
          MARKET_ERRORS.device
        )
      )
    }
    if (!device.last_seen_at || Date.now() - new Date(device.last_seen_at).getTime() > SEEN_EVERY_MS) {
      void market.updateStallDevices({ id: device.id, last_seen_at: new Date() }).catch(() => undefined)
    }
    ;(req as StallRequest).stall_device = {
      id: device.id,
      stall_id: device.stall_id,
      seller_id: device.seller_id,
      member_id: device.member_id,
    }
    next()
  } catch (error) {
    next(error)
  }
}
