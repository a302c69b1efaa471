import { createHash } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

export const PHOTO_MAX_BYTES = 10 * 1024 * 1024
export const PHOTO_MAX_COUNT = 3
const MAX_PIXELS = 40_000_000
const MAX_SIDE = 1600
/** Timelines show photos at 88–96 CSS px: twice that for phone screens. */
export const THUMBNAIL_SIDE = 192

const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
const isPng = (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
const isWebp = (b: Buffer) =>
  b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP"

export interface TracePhoto {
  buffer: Buffer
  sha256: string
  /** A small square crop of the stored photo for timelines (a few KB instead of a few hundred). */
  thumbnail: Buffer
}

/** Workflow input may come back from JSON ({ type: "Buffer", data }) or as base64. */
export function bufferOf(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value
  if (value instanceof Uint8Array) return Buffer.from(value)
  if (typeof value === "string") return Buffer.from(value, "base64")
  const data = (value as { data?: number[] } | null)?.data
  return Buffer.from(Array.isArray(data) ? data : [])
}

/**
 * A step photo as it will be stored: a JPEG, PNG or WebP (by its bytes, not its name) re-encoded
 * to WebP without metadata (camera, GPS), and the SHA-256 of exactly those bytes.
 */
export async function tracePhoto(file: Buffer): Promise<TracePhoto> {
  const refused = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
  if (!file.length) throw refused("Ảnh trống (empty photo).")
  if (file.length > PHOTO_MAX_BYTES) throw refused("Ảnh quá lớn: tối đa 10 MB (photo too large).")
  if (!isJpeg(file) && !isPng(file) && !isWebp(file)) {
    throw refused("Ảnh phải là JPEG, PNG hoặc WebP (photo must be JPEG, PNG or WebP).")
  }
  let buffer: Buffer
  try {
    buffer = await sharp(file, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer()
  } catch {
    throw refused("Không đọc được ảnh này — hãy chụp lại (unreadable photo).")
  }
  const thumbnail = await sharp(buffer)
    .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: "cover" })
    .webp({ quality: 70 })
    .toBuffer()
  return { buffer, sha256: createHash("sha256").update(buffer).digest("hex"), thumbnail }
}
