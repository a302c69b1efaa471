import { inPhotoSlot } from "./photo-slots"
import { PhotoRefusedError, processPhoto } from "./photos"

export interface PreparedDocument {
  bytes: Buffer
  mime_type: "image/webp" | "application/pdf"
  extension: "webp" | "pdf"
}

const MAX_PDF_BYTES = 10 * 1024 * 1024

/**
 * A document photo goes through the photo checks and is re-encoded (no EXIF/GPS) at its largest
 * size; a PDF is accepted only if it is one, and not too large. Anything else is refused.
 */
export async function prepareDocument(input: Buffer): Promise<PreparedDocument> {
  if (input.subarray(0, 5).toString("latin1") === "%PDF-") {
    if (input.length > MAX_PDF_BYTES) {
      throw new PhotoRefusedError("too_large", "Tệp PDF quá lớn (tối đa 10 MB) (PDF larger than 10 MB).")
    }
    return { bytes: input, mime_type: "application/pdf", extension: "pdf" }
  }
  const photo = await inPhotoSlot(() => processPhoto(input))
  const largest = photo.variants[photo.variants.length - 1]
  return { bytes: largest.bytes, mime_type: "image/webp", extension: "webp" }
}
