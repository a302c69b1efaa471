import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type MemberRole, SELLER_ERRORS, SELLER_MODULE } from "../../lib/seller-codes"
import type SellerModuleService from "../../modules/seller/service"

export interface SellerScope {
  seller_id: string
  member_id: string
  role: MemberRole
}

export type VendorRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<Body, Query> & {
  seller: SellerScope
}

/**
 * Every /vendor route behind sign-in runs this once: the member comes from the auth token
 * (actor `seller`, actor id = member id), never from the request, and routes filter by
 * `req.seller.seller_id` only.
 */
export async function resolveSellerScope(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Vui lòng đăng nhập Kênh người bán (sign in)."))
  }
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [member] = await sellers
    .listSellerMembers({ id: memberId }, { select: ["id", "seller_id", "role"], take: 1 })
    .catch((error: unknown) => {
      next(error)
      return [null]
    })
  if (member === null) return
  if (!member) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Tài khoản không còn thuộc người bán nào (no seller)."))
  }
  ;(req as VendorRequest).seller = { seller_id: member.seller_id, member_id: member.id, role: member.role }
  next()
}

export function ownerOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if ((req as unknown as VendorRequest).seller?.role !== "owner") {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Chỉ chủ cửa hàng mới làm được việc này (only the owner can do this).",
        SELLER_ERRORS.ownerOnly
      )
    )
  }
  next()
}
