import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { inPhotoSlot } from "../../../lib/photo-slots"
import { PHOTO_MIME, processPhoto } from "../../../lib/photos"
import { SELLER_ERRORS } from "../../../lib/seller-codes"
import { orRefusePhoto } from "../photo-refusal"
import type { VendorRequest } from "../scope"

/**
 * A product photo from a phone: checked, turned upright, stripped of EXIF/GPS and made into
 * 320/640/1200 WebP — all in memory first, so a refused photo stores nothing, and the upload
 * workflow removes what it stored if one file fails.
 */
export async function POST(req: VendorRequest & { file?: Express.Multer.File }, res: MedusaResponse) {
  if (!req.file) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Vui lòng chọn một ảnh (choose a photo).",
      SELLER_ERRORS.photo
    )
  }
  const file = req.file
  const photo = await orRefusePhoto(res, () => inPhotoSlot(() => processPhoto(file.buffer)))
  if (!photo) return
  const base = photo.sha256.slice(0, 16)
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: photo.variants.map((v) => ({
        filename: `${base}-${v.width}.webp`,
        mimeType: PHOTO_MIME,
        content: v.bytes.toString("base64"),
        access: "public" as const,
      })),
    },
  })
  const sizes = Object.fromEntries(photo.variants.map((v, i) => [String(v.width), result[i].url]))
  res.status(201).json({
    photo: { url: result[result.length - 1].url, sizes, width: photo.width, height: photo.height },
  })
}
