import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
const MAX_PIXELS = 40_000_000
const MAX_SIDE = 2400

export interface CertificateDocument {
  buffer: Buffer
  mime_type: "application/pdf" | "image/webp"
  extension: "pdf" | "webp"
}

const isPdf = (b: Buffer) => b.subarray(0, 5).toString("latin1") === "%PDF-"
const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
const isPng = (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
const isWebp = (b: Buffer) =>
  b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP"

function refused(message: string): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/**
 * The certificate's scan: a PDF as it is (checked by its first bytes, not its name), or a photo
 * re-encoded without its metadata (camera, GPS) — anything else is refused before it is stored.
 */
export async function certificateDocument(file: Buffer | undefined): Promise<CertificateDocument> {
  if (!file?.length) throw refused("Hãy đính kèm bản chụp hoặc tệp PDF của giấy chứng nhận (document required).")
  if (file.length > DOCUMENT_MAX_BYTES) throw refused("Tệp quá lớn: tối đa 10 MB (file too large).")
  if (isPdf(file)) return { buffer: file, mime_type: "application/pdf", extension: "pdf" }
  if (!isJpeg(file) && !isPng(file) && !isWebp(file)) {
    throw refused("Giấy chứng nhận phải là tệp PDF hoặc ảnh JPEG, PNG, WebP (not a PDF or a photo).")
  }
  try {
    const buffer = await sharp(file, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer()
    return { buffer, mime_type: "image/webp", extension: "webp" }
  } catch {
    throw refused("Không đọc được ảnh này — hãy chụp lại hoặc gửi tệp PDF (unreadable image).")
  }
}
