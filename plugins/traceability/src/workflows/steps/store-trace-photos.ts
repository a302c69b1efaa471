import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { bufferOf, PHOTO_MAX_COUNT, THUMBNAIL_SIDE, type TracePhoto, tracePhoto } from "../../lib/photos"

export interface StoredPhoto {
  file_id: string
  url: string
  sha256: string
  mime_type: "image/webp"
  thumbnail_file_id: string
  thumbnail_url: string
}

/**
 * Re-encodes each photo (WebP, no metadata) and stores it, with its thumbnail, through the File
 * module; the digest is of the stored photo's bytes. Every photo is checked before the first is
 * stored; the files are deleted again if the workflow fails later.
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
      encoded.flatMap((photo) => {
        const name = `trace-${input.lot_id}-${photo.sha256.slice(0, 16)}`
        return [
          { filename: `${name}.webp`, content: photo.buffer },
          { filename: `${name}-${THUMBNAIL_SIDE}.webp`, content: photo.thumbnail },
        ].map((file) => ({
          filename: file.filename,
          mimeType: "image/webp",
          content: file.content.toString("base64"),
          access: "public" as const,
        }))
      })
    )
    const stored = encoded.map((photo, i) => ({
      file_id: files[2 * i].id,
      url: files[2 * i].url,
      sha256: photo.sha256,
      mime_type: "image/webp" as const,
      thumbnail_file_id: files[2 * i + 1].id,
      thumbnail_url: files[2 * i + 1].url,
    }))
    return new StepResponse<StoredPhoto[], string[]>(
      stored,
      stored.flatMap((s) => [s.file_id, s.thumbnail_file_id])
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (ids?.length) await container.resolve(Modules.FILE).deleteFiles(ids)
  }
)
