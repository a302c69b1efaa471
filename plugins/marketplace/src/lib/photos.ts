import { createHash } from "node:crypto"
import sharp from "sharp"

export const PHOTO_WIDTHS = [320, 640, 1200] as const
const LARGEST = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]
export const PHOTO_MIME = "image/webp"

export interface PhotoLimits {
  maxBytes: number
  /** width × height, checked from the header before any pixel is decoded. */
  maxPixels: number
  /** Longest side; never more than WebP can hold (16383) whatever this says. */
  maxSide?: number
}

const WEBP_MAX_SIDE = 16_383

export const DEFAULT_PHOTO_LIMITS: PhotoLimits = {
  maxBytes: 15 * 1024 * 1024,
  maxPixels: 50_000_000,
  maxSide: WEBP_MAX_SIDE,
}

export type PhotoRefusal =
  | "empty"
  | "too_large"
  | "not_an_image"
  | "unsupported_format"
  | "too_many_pixels"
  | "truncated"

export class PhotoRefusedError extends Error {
  readonly reason: PhotoRefusal

  constructor(reason: PhotoRefusal, message: string) {
    super(message)
    this.name = "PhotoRefusedError"
    this.reason = reason
  }
}

export interface PhotoVariant {
  width: number
  height: number
  bytes: Buffer
}

export interface ProcessedPhoto {
  /** Of the input bytes. */
  sha256: string
  /** After EXIF orientation. */
  width: number
  height: number
  /** WebP, one per PHOTO_WIDTHS, never wider than the original. */
  variants: PhotoVariant[]
}

const decimal = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 1 })
const ACCEPTED = "JPEG, PNG hoặc WebP"

const refused = {
  empty: () => new PhotoRefusedError("empty", "Tệp ảnh trống — hãy chọn lại ảnh (the file is empty)."),
  tooLarge: (limits: PhotoLimits) => {
    const mb = decimal(limits.maxBytes / 1024 / 1024)
    return new PhotoRefusedError(
      "too_large",
      `Ảnh quá lớn (tối đa ${mb} MB) — hãy chụp lại hoặc chọn ảnh nhỏ hơn (photo larger than ${mb} MB).`
    )
  },
  notAnImage: () =>
    new PhotoRefusedError(
      "not_an_image",
      `Tệp này không phải là ảnh — hãy chọn ảnh ${ACCEPTED} (the file is not a photo: choose a JPEG, PNG or WebP image).`
    ),
  unsupported: () =>
    new PhotoRefusedError(
      "unsupported_format",
      `Định dạng ảnh này chưa được hỗ trợ — hãy chọn ảnh ${ACCEPTED} (unsupported image format: use JPEG, PNG or WebP).`
    ),
  heic: () =>
    new PhotoRefusedError(
      "unsupported_format",
      "Ảnh HEIC chưa được hỗ trợ — hãy gửi ảnh JPEG, hoặc trên iPhone vào Cài đặt > Camera > Định dạng và chọn " +
        "“Tương thích nhất” (HEIC photos are not supported: send a JPEG)."
    ),
  tooManyPixels: (limits: PhotoLimits) => {
    const mp = decimal(limits.maxPixels / 1_000_000)
    return new PhotoRefusedError(
      "too_many_pixels",
      `Ảnh có độ phân giải quá cao (tối đa ${mp} megapixel) — hãy giảm kích thước ảnh rồi thử lại ` +
        `(image larger than ${mp} megapixels).`
    )
  },
  tooLong: (maxSide: number) =>
    new PhotoRefusedError(
      "too_many_pixels",
      `Ảnh quá dài hoặc quá rộng (tối đa ${maxSide} điểm ảnh mỗi cạnh) — hãy cắt bớt ảnh rồi thử lại ` +
        `(a side is longer than ${maxSide} pixels).`
    ),
  truncated: () =>
    new PhotoRefusedError(
      "truncated",
      "Ảnh bị hỏng hoặc chưa tải lên hết — hãy thử tải lên lại (the photo is damaged or incomplete: upload it again)."
    ),
}

type Sniffed = "image" | "other_image" | "unknown"

const HEIF_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1", "avif", "avis"])
const HEVC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx"])
const OTHER_IMAGES = [
  "GIF8",
  "II*\0",
  "MM\0*",
  "8BPS",
  "\0\0\x01\0",
  "\xff\x0a",
  "\0\0\0\x0cJXL ",
  "\0\0\0\x0cjP  ",
  "qoif",
]

/** The brands of an ISO-BMFF file (HEIF, AVIF, MP4…): the major one and the compatible ones. */
function brands(input: Buffer): string[] {
  if (input.toString("latin1", 4, 8) !== "ftyp") return []
  const end = Math.min(input.readUInt32BE(0), input.length)
  const found = [input.toString("latin1", 8, 12)]
  for (let at = 16; at + 4 <= end; at += 4) found.push(input.toString("latin1", at, at + 4))
  return found
}

/**
 * Only files whose first bytes are JPEG, PNG, WebP or HEIF ever reach sharp, so an SVG (or anything
 * else libvips could load) is never even parsed; sharp's own format detection is checked after this.
 */
function sniff(input: Buffer): Sniffed {
  const ascii = (start: number, end: number) => input.toString("latin1", start, end)
  if (ascii(0, 3) === "\xff\xd8\xff") return "image"
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "image"
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image"
  if (input.length >= 12 && brands(input).some((brand) => HEIF_BRANDS.has(brand))) return "image"
  if (OTHER_IMAGES.some((magic) => ascii(0, magic.length) === magic)) return "other_image"
  if (ascii(0, 2) === "BM" && input.length >= 18 && [12, 40, 108, 124].includes(input.readUInt32LE(14))) {
    return "other_image"
  }
  const head = input.toString("utf8", 0, 4096).replace(/^\uFEFF?\s*/, "")
  if (head.startsWith("<") && /<svg[\s>]/i.test(head)) return "other_image"
  return "unknown"
}

const FORMATS = new Set(["jpeg", "png", "webp", "heif"])

/** Errors libvips' loaders raise on a file that has a valid signature but bad contents. */
const DAMAGED =
  /corrupt header|unsupported image format|premature end|VipsJpeg|vipspng|spng|webp:|heif:|bad seek|read error/i

function refusalFor(error: unknown, heic: boolean, limits: PhotoLimits): PhotoRefusedError | undefined {
  const message = error instanceof Error ? error.message : String(error)
  if (message.includes("exceeds pixel limit")) return refused.tooManyPixels(limits)
  // sharp's prebuilt libvips reads HEIC headers but has no HEVC decoder.
  if (heic) return refused.heic()
  if (DAMAGED.test(message)) return refused.truncated()
  return undefined
}

export async function processPhoto(input: Buffer, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): Promise<ProcessedPhoto> {
  if (input.length === 0) throw refused.empty()
  if (input.length > limits.maxBytes) throw refused.tooLarge(limits)
  const sniffed = sniff(input)
  if (sniffed === "other_image") throw refused.unsupported()
  if (sniffed === "unknown") throw refused.notAnImage()

  const { master, width, height } = await decode(input, limits)
  // Converted to sRGB on the small master rather than while decoding: sharp converts before it
  // resizes and rotates, which costs up to twice as much, and leaves 16-bit inputs in Display P3.
  const { data, info } = await sharp(master).toColourspace("srgb").raw().toBuffer({ resolveWithObject: true })
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } }
  const variants = await Promise.all(
    PHOTO_WIDTHS.map(async (width) => {
      // The largest encode is the critical path: effort 2 halves it for ~4% more bytes. The small
      // variants, shown most, are encoded meanwhile on the other core at the default effort 4.
      const effort = width === LARGEST ? 2 : 4
      const { data: bytes, info: out } = await sharp(data, raw)
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80, effort })
        .toBuffer({ resolveWithObject: true })
      return { width: out.width, height: out.height, bytes }
    })
  )
  return { sha256: createHash("sha256").update(input).digest("hex"), width, height, variants }
}

/**
 * The only decode of the untrusted input: oriented and shrunk (on load, for JPEG) to the largest
 * variant, as an uncompressed TIFF that keeps the colour profile and nothing else.
 */
async function decode(input: Buffer, limits: PhotoLimits): Promise<{ master: Buffer; width: number; height: number }> {
  let heic = brands(input).some((brand) => HEVC_BRANDS.has(brand))
  // "error" still refuses a truncated file; "warning" would also refuse the slightly
  // malformed JPEGs some Samsung phones write (sharp issue #1578).
  const image = sharp(input, { failOn: "error", limitInputPixels: limits.maxPixels, sequentialRead: true })
  try {
    const meta = await image.metadata()
    if (!FORMATS.has(meta.format)) throw refused.unsupported()
    heic = meta.format === "heif" && meta.compression === "hevc"
    if (meta.width * meta.height > limits.maxPixels) throw refused.tooManyPixels(limits)
    const maxSide = Math.min(limits.maxSide ?? WEBP_MAX_SIDE, WEBP_MAX_SIDE)
    if (Math.max(meta.width, meta.height) > maxSide) throw refused.tooLong(maxSide)

    const master = await image
      .autoOrient()
      .resize({ width: LARGEST, withoutEnlargement: true })
      .keepIccProfile()
      .tiff({ compression: "none" })
      .toBuffer()
    return { master, width: meta.autoOrient.width, height: meta.autoOrient.height }
  } catch (error) {
    if (error instanceof PhotoRefusedError) throw error
    throw refusalFor(error, heic, limits) ?? error
  }
}
