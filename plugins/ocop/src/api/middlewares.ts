import {
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { DOCUMENT_MAX_BYTES } from "../lib/documents"
import { AdminListQuery, ReasonBody, StoreProductsQuery, SubmissionBody } from "./schemas"
import { attachOcopBadges } from "./store/attach-badges"

/** One file, field "file", kept in memory and checked by its content before anything stores it. */
function oneDocument(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1 } }).single(
    "file"
  )
  upload(req as never, res as never, (error?: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        code === "LIMIT_FILE_SIZE"
          ? "Tệp quá lớn: tối đa 10 MB (file too large)."
          : 'Gửi một tệp giấy chứng nhận, trong trường "file" (one file, field "file").'
      )
    )
  })
}

export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/vendor/ocop/certificates",
      middlewares: [oneDocument, validateAndTransformBody(SubmissionBody)],
    },
    {
      method: ["GET"],
      matcher: "/admin/ocop/certificates",
      middlewares: [validateAndTransformQuery(AdminListQuery, {})],
    },
    ...(["approve", "reject", "revoke"] as const).map((action) => ({
      method: ["POST" as const],
      matcher: `/admin/ocop/certificates/:id/${action}`,
      middlewares: [validateAndTransformBody(ReasonBody)],
    })),
    { method: ["GET"], matcher: "/store/products", middlewares: [attachOcopBadges] },
    { method: ["GET"], matcher: "/store/products/:id", middlewares: [attachOcopBadges] },
    {
      method: ["GET"],
      matcher: "/store/ocop/products",
      middlewares: [validateAndTransformQuery(StoreProductsQuery, {})],
    },
  ],
})
