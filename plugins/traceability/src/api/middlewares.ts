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
import { PHOTO_MAX_BYTES, PHOTO_MAX_COUNT } from "../lib/photos"
import { AssignOrderLotsBody } from "./admin/trace/orders/validators"
import { epcisBody } from "./epcis-body"
import { CorrectionBody, DigestListQuery, LotListQuery, NewLotBody, StepBody } from "./schemas"

/** Up to three photos in field "photos", kept in memory until they are checked and re-encoded. */
function stepPhotos(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: PHOTO_MAX_BYTES, files: PHOTO_MAX_COUNT },
  }).array("photos", PHOTO_MAX_COUNT)
  upload(req as never, res as never, (error?: unknown) => {
    if (!error) return next()
    const code = (error as { code?: string }).code
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        code === "LIMIT_FILE_SIZE"
          ? "Ảnh quá lớn: tối đa 10 MB mỗi ảnh (photo too large)."
          : 'Tối đa 3 ảnh, trong trường "photos" (at most 3 photos, field "photos").'
      )
    )
  })
}

/** Each route's parsing and validation; /vendor/* sign-in and seller scope come from @choso/marketplace. */
export default defineMiddlewares({
  routes: [
    { method: ["GET"], matcher: "/vendor/trace/lots", middlewares: [validateAndTransformQuery(LotListQuery, {})] },
    { method: ["POST"], matcher: "/vendor/trace/lots", middlewares: [validateAndTransformBody(NewLotBody)] },
    {
      method: ["POST"],
      matcher: "/vendor/trace/lots/:id/events",
      middlewares: [stepPhotos, validateAndTransformBody(StepBody)],
    },
    {
      method: ["POST"],
      matcher: "/vendor/trace/events/:id/corrections",
      middlewares: [validateAndTransformBody(CorrectionBody)],
    },
    { method: ["POST"], matcher: "/vendor/trace/capture", bodyParser: false, middlewares: [epcisBody] },
    { method: ["GET"], matcher: "/store/trace/digests", middlewares: [validateAndTransformQuery(DigestListQuery, {})] },
    { method: ["GET"], matcher: "/admin/trace/lots", middlewares: [validateAndTransformQuery(LotListQuery, {})] },
    {
      method: ["POST"],
      matcher: "/admin/trace/orders/:id/lots",
      middlewares: [validateAndTransformBody(AssignOrderLotsBody)],
    },
  ],
})
