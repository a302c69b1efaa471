import {
  authenticate,
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { DEFAULT_PHOTO_LIMITS } from "../lib/photos"
import { SELLER_ACTOR, SELLER_ERRORS } from "../lib/seller-codes"
import {
  AcceptInviteBody,
  AdminListSellersQuery,
  AdminStatusBody,
  DocumentBody,
  InviteBody,
  ListQuery,
  PublishBody,
  SellerProfileBody,
  SellerRegistrationBody,
  VendorProductBody,
} from "./schemas"
import { ownerOnly, resolveSellerScope } from "./vendor/scope"

/** The two /vendor routes a signed-up person without a seller yet may call. */
export const UNREGISTERED_VENDOR_ROUTES = new Set(["/vendor/sellers", "/vendor/invites/accept"])

const signedIn = authenticate(SELLER_ACTOR, ["bearer", "session"])
const signedUp = authenticate(SELLER_ACTOR, ["bearer"], { allowUnregistered: true })

/**
 * Every /vendor route, including any added later, passes here: sign-in as actor `seller`, then
 * the member's seller is resolved from the token (resolveSellerScope). Only registration and
 * accepting an invitation take a token without a seller.
 */
function vendorAccess(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // originalUrl: under a wildcard matcher, req.path is relative to where the middleware is mounted.
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "")
  if (UNREGISTERED_VENDOR_ROUTES.has(path)) return signedUp(req, res, next)
  return signedIn(req, res, (error?: unknown) =>
    error ? next(error) : resolveSellerScope(req as Parameters<typeof resolveSellerScope>[0], res, next)
  )
}

function oneFile(maxBytes: number) {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1 } }).single("file")
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    upload(req as never, res as never, (error?: unknown) => {
      if (!error) return next()
      const code = (error as { code?: string }).code
      const message =
        code === "LIMIT_FILE_SIZE"
          ? `Tệp quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB) — hãy chọn ảnh nhỏ hơn (file too large).`
          : 'Chỉ gửi một tệp, trong trường "file" (send one file, field "file").'
      next(new MedusaError(MedusaError.Types.INVALID_DATA, message, SELLER_ERRORS.photo))
    })
}

export default defineMiddlewares({
  routes: [
    { matcher: "/vendor/*", middlewares: [vendorAccess] },
    { method: ["POST"], matcher: "/vendor/sellers", middlewares: [validateAndTransformBody(SellerRegistrationBody)] },
    { method: ["POST"], matcher: "/vendor/invites/accept", middlewares: [validateAndTransformBody(AcceptInviteBody)] },
    { method: ["POST"], matcher: "/vendor/me", middlewares: [validateAndTransformBody(SellerProfileBody)] },
    { method: ["GET"], matcher: "/vendor/products", middlewares: [validateAndTransformQuery(ListQuery, {})] },
    { method: ["POST"], matcher: "/vendor/products", middlewares: [validateAndTransformBody(VendorProductBody)] },
    { method: ["POST"], matcher: "/vendor/products/:id", middlewares: [validateAndTransformBody(VendorProductBody)] },
    { method: ["POST"], matcher: "/vendor/products/:id/publish", middlewares: [validateAndTransformBody(PublishBody)] },
    { method: ["POST"], matcher: "/vendor/photos", middlewares: [oneFile(DEFAULT_PHOTO_LIMITS.maxBytes)] },
    {
      method: ["POST"],
      matcher: "/vendor/documents",
      middlewares: [oneFile(DEFAULT_PHOTO_LIMITS.maxBytes), validateAndTransformBody(DocumentBody)],
    },
    {
      method: ["POST"],
      matcher: "/vendor/members/invites",
      middlewares: [ownerOnly, validateAndTransformBody(InviteBody)],
    },
    { method: ["DELETE"], matcher: "/vendor/members/:id", middlewares: [ownerOnly] },
    { method: ["GET"], matcher: "/admin/sellers", middlewares: [validateAndTransformQuery(AdminListSellersQuery, {})] },
    {
      method: ["POST"],
      matcher: "/admin/sellers/:id/status",
      middlewares: [validateAndTransformBody(AdminStatusBody)],
    },
  ],
})
