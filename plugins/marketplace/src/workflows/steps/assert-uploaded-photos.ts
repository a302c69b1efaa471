import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorPhoto } from "../../lib/vendor-product"

const place = (url: string) => {
  const { origin, pathname } = new URL(url, "http://relative.invalid")
  return `${origin}${pathname}`
}

/**
 * A product's photos must be files our upload stored: the file module must know each key and
 * give the same address. A photo URL typed into the form (someone else's server) is refused.
 */
export const assertUploadedPhotosStep = createStep(
  "assert-uploaded-photos",
  async (photos: VendorPhoto[], { container }) => {
    const files = container.resolve(Modules.FILE)
    const urls = [...new Set(photos.flatMap((p) => [p.url, ...Object.values(p.sizes)]))]
    for (const url of urls) {
      const key = decodeURIComponent(new URL(url, "http://relative.invalid").pathname.split("/").pop() ?? "")
      const stored = key ? await files.retrieveFile(key).catch(() => null) : null
      if (!stored || place(stored.url) !== place(url)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Ảnh không phải ảnh đã tải lên Chợ Số — hãy tải ảnh lên lại (photo not uploaded here)."
        )
      }
    }
    return new StepResponse(true)
  }
)
