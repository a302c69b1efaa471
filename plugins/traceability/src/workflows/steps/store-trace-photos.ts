import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bufferOf, PHOTO_MAX_COUNT, type TracePhoto, tracePhoto } from "../../lib/photos"

export interface StoredPhoto {
  file_id: string
  url: string
  sha256: string
  mime_type: "image/webp"
}

/**
 * Re-encodes each photo (WebP, no metadata) and stores it through the File module; the digest is
 * of the stored bytes. Every photo is checked before the first is stored; the files are deleted
 * again if the workflow fails later.
 */
export const storeTracePhotosStep = createStep(
  "store-trace-photos",
  async (input: { lot_id: string; photos: { buffer: unknown; mime?: string }[] }, { container }) => {
    if (input.photos.length > PHOTO_MAX_COUNT) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Tối đa 3 ảnh cho một bước (at most 3 photos).")
    }
    const encoded: TracePhoto[] = []
    for (const photo of input.photos) encoded.push(await tracePhoto(bufferOf(photo.buffer)))
    if (!encoded.length) return new StepResponse<StoredPhoto[], string[]>([], [])
    const files = await container.resolve(Modules.FILE).createFiles(
      encoded.map((photo) => ({
        filename: `trace-${input.lot_id}-${photo.sha256.slice(0, 16)}.webp`,
        mimeType: "image/webp",
        content: photo.buffer.toString("base64"),
        access: "public" as const,
      }))
    )
    const stored = files.map((file, i) => ({
      file_id: file.id,
      url: file.url,
      sha256: encoded[i].sha256,
      mime_type: "image/webp" as const,
    }))
    return new StepResponse<StoredPhoto[], string[]>(
      stored,
      stored.map((s) => s.file_id)
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (ids?.length) await container.resolve(Modules.FILE).deleteFiles(ids)
  }
)
