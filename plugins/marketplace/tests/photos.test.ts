import { createHash } from "node:crypto"
import { crc32, deflateSync } from "node:zlib"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import {
  DEFAULT_PHOTO_LIMITS,
  PHOTO_MIME,
  PHOTO_WIDTHS,
  type PhotoLimits,
  type PhotoRefusal,
  PhotoRefusedError,
  processPhoto,
} from "../src/lib/photos"

const solid = (width: number, height: number, background = "#6a8f3c") =>
  sharp({ create: { width, height, channels: 3, background } })
const noisy = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  })
const firstHalf = (file: Buffer) => file.subarray(0, Math.floor(file.length / 2))

/** A 1-bit grey PNG written by hand: `rows` zero rows are deflated, fewer than `height` leaves the IDAT short. */
function handMadePng(width: number, height: number, rows = height): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1
  return Buffer.concat([
    Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc((1 + Math.ceil(width / 8)) * rows))),
    chunk("IEND", Buffer.alloc(0)),
  ])
}

/** The chunks of a WebP file, after checking its RIFF....WEBP signature. */
function webpChunks(webp: Buffer): string[] {
  expect(webp.toString("latin1", 0, 4)).toBe("RIFF")
  expect(webp.toString("latin1", 8, 12)).toBe("WEBP")
  const chunks: string[] = []
  for (let at = 12; at + 8 <= webp.length; ) {
    const size = webp.readUInt32LE(at + 4)
    chunks.push(webp.toString("latin1", at, at + 4))
    at += 8 + size + (size % 2)
  }
  return chunks
}

/** GPSLatitudeRef of an EXIF block ("Exif\0\0" then TIFF), found through IFD0's GPS pointer (tag 0x8825). */
function gpsLatitudeRef(exif: Buffer): string | undefined {
  expect(exif.toString("latin1", 0, 6)).toBe("Exif\0\0")
  const tiff = exif.subarray(6)
  const little = tiff.toString("latin1", 0, 2) === "II"
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const entry = (ifd: number, tag: number) => {
    for (let i = 0; i < u16(ifd); i++) if (u16(ifd + 2 + 12 * i) === tag) return ifd + 2 + 12 * i
    return undefined
  }
  const gps = entry(u32(4), 0x8825)
  const ref = gps === undefined ? undefined : entry(u32(gps + 8), 0x0001)
  return ref === undefined ? undefined : tiff.toString("latin1", ref + 8, ref + 9)
}

async function pixel(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
  const at = (y * info.width + x) * info.channels
  return [...data.subarray(at, at + 3)]
}

async function refusal(input: Buffer, limits?: PhotoLimits): Promise<PhotoRefusedError> {
  const error = await processPhoto(input, limits).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(PhotoRefusedError)
  return error as PhotoRefusedError
}

describe("processPhoto", () => {
  it("makes one WebP per width, 320, 640 and 1200, from a 4000×3000 JPEG", async () => {
    const input = await solid(4000, 3000).jpeg().toBuffer()
    const photo = await processPhoto(input)

    expect(PHOTO_MIME).toBe("image/webp")
    expect(PHOTO_WIDTHS).toEqual([320, 640, 1200])
    expect(photo.sha256).toBe(createHash("sha256").update(input).digest("hex"))
    expect([photo.width, photo.height]).toEqual([4000, 3000])
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 240],
      [640, 480],
      [1200, 900],
    ])
    for (const variant of photo.variants) {
      webpChunks(variant.bytes)
      const meta = await sharp(variant.bytes).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", variant.width, variant.height])
    }
  })

  it("never enlarges: an 800-wide photo gives 320, 640 and 800", async () => {
    const photo = await processPhoto(await solid(800, 600).jpeg().toBuffer())
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 240],
      [640, 480],
      [800, 600],
    ])
  })

  it("drops EXIF, GPS and XMP: the seller's location never reaches a shopper", async () => {
    const input = await noisy(1600, 1200)
      .withExif({
        IFD0: { Make: "Samsung", Model: "Galaxy A15", Copyright: "Nguyen Van A" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "9/1 17/1 30/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "105/1 43/1 0/1",
        },
      })
      .jpeg()
      .toBuffer()
    const inputMeta = await sharp(input).metadata()
    expect(gpsLatitudeRef(inputMeta.exif!)).toBe("N")
    expect(input.includes("Galaxy A15")).toBe(true)

    const photo = await processPhoto(input)
    for (const { bytes } of photo.variants) {
      expect(webpChunks(bytes).filter((c) => !["VP8 ", "VP8L", "VP8X", "ALPH"].includes(c))).toEqual([])
      const meta = await sharp(bytes).metadata()
      expect([meta.exif, meta.xmp, meta.icc]).toEqual([undefined, undefined, undefined])
      expect(bytes.includes("Galaxy A15")).toBe(false)
    }
  })

  it("applies EXIF orientation 6: width and height swap and the picture stands upright", async () => {
    // Stored landscape, red on top; orientation 6 means the stored top is shown on the right.
    const red = { create: { width: 800, height: 300, channels: 3 as const, background: "#ff0000" } }
    const input = await solid(800, 600, "#0000ff")
      .composite([{ input: red, top: 0, left: 0 }])
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    expect((await sharp(input).metadata()).orientation).toBe(6)

    const photo = await processPhoto(input)
    expect([photo.width, photo.height]).toEqual([600, 800])
    expect(photo.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 427],
      [600, 800],
      [600, 800],
    ])
    const small = photo.variants[0]
    expect((await sharp(small.bytes).metadata()).orientation).toBeUndefined()
    const [left, right] = [await pixel(small.bytes, 20, 213), await pixel(small.bytes, 300, 213)]
    expect(left[2]).toBeGreaterThan(200)
    expect(left[0]).toBeLessThan(50)
    expect(right[0]).toBeGreaterThan(200)
    expect(right[2]).toBeLessThan(50)
  })

  it.each([
    ["JPEG", () => solid(64, 64, "#c83c28").withIccProfile("p3").jpeg({ quality: 100 }).toBuffer()],
    ["16-bit PNG", () => solid(64, 64, "#c83c28").toColourspace("rgb16").withIccProfile("p3").png().toBuffer()],
  ])("converts a Display P3 %s (iPhone) to sRGB instead of only dropping its profile", async (_name, make) => {
    const input = await make()
    const stored = await sharp(input, { ignoreIcc: true }).toColourspace("srgb").raw().toBuffer()
    expect([...stored.subarray(0, 3)]).not.toEqual([0xc8, 0x3c, 0x28])

    const [variant] = (await processPhoto(input)).variants
    expect(webpChunks(variant.bytes)).not.toContain("ICCP")
    const [r, g, b] = await pixel(variant.bytes, 32, 32)
    expect(Math.max(Math.abs(r - 0xc8), Math.abs(g - 0x3c), Math.abs(b - 0x28))).toBeLessThanOrEqual(4)
  })

  it.each([
    ["PNG with transparency", () => solid(500, 400).ensureAlpha(0.5).png().toBuffer(), true],
    ["WebP", () => solid(500, 400).webp().toBuffer(), false],
    ["AVIF", () => solid(500, 400).avif({ effort: 0 }).toBuffer(), false],
  ])("accepts %s", async (_name, make, alpha) => {
    const photo = await processPhoto(await make())
    expect(photo.variants.map((v) => v.width)).toEqual([320, 500, 500])
    for (const { bytes } of photo.variants) {
      const meta = await sharp(bytes).metadata()
      expect([meta.format, meta.hasAlpha]).toEqual(["webp", alpha])
    }
  })

  it("refuses a JPEG cut in half instead of padding it with grey", async () => {
    const jpeg = await noisy(1600, 1200).jpeg().toBuffer()
    await expect(processPhoto(jpeg)).resolves.toBeDefined()
    expect((await refusal(firstHalf(jpeg))).reason).toBe("truncated")
  })

  it("refuses a 20,000 × 20,000 PNG bomb from its header, before decoding and in well under a second", async () => {
    // The IDAT holds 10 rows only: had any row been decoded the refusal would say "truncated".
    const bomb = handMadePng(20_000, 20_000, 10)
    const meta = await sharp(bomb, { limitInputPixels: false }).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 20_000, 20_000])

    const started = performance.now()
    expect((await refusal(bomb)).reason).toBe("too_many_pixels")
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it("keeps to its own pixel limit, below sharp's default of 268 MP", async () => {
    const big = handMadePng(8000, 8000)
    expect((await sharp(big, { limitInputPixels: false }).metadata()).width).toBe(8000)
    expect((await refusal(big)).reason).toBe("too_many_pixels")
    expect(DEFAULT_PHOTO_LIMITS.maxPixels).toBeLessThan(8000 * 8000)
  })
})

const pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
// Huge on purpose: had sharp parsed it, it would have been measured and refused as too_many_pixels.
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="20000"><rect width="9" height="9"/></svg>'
const refusals: [string, () => Buffer | Promise<Buffer>, PhotoRefusal, PhotoLimits?][] = [
  ["an empty file", () => Buffer.alloc(0), "empty"],
  [
    "a file over maxBytes",
    () => solid(1600, 1200).jpeg().toBuffer(),
    "too_large",
    { ...DEFAULT_PHOTO_LIMITS, maxBytes: 1000 },
  ],
  ["a PDF renamed .jpg", () => Buffer.from(pdf), "not_an_image"],
  ["plain text", () => Buffer.from("Mật ong tràm U Minh, 500 ml\n"), "not_an_image"],
  ["an SVG", () => Buffer.from(svg), "unsupported_format"],
  [
    "an SVG behind a BOM and an XML prolog",
    () => Buffer.from(`\uFEFF<?xml version="1.0"?>\n${svg}`),
    "unsupported_format",
  ],
  ["a GIF", () => solid(40, 30).gif().toBuffer(), "unsupported_format"],
  ["a TIFF", () => solid(40, 30).tiff().toBuffer(), "unsupported_format"],
  ["a PNG cut short", async () => firstHalf(await noisy(400, 300).png().toBuffer()), "truncated"],
  ["a side longer than WebP allows", () => handMadePng(17_000, 100), "too_many_pixels"],
  [
    "more pixels than a smaller limit",
    () => solid(400, 300).jpeg().toBuffer(),
    "too_many_pixels",
    { ...DEFAULT_PHOTO_LIMITS, maxPixels: 100_000 },
  ],
]

describe("refusals", () => {
  it.each(refusals)("refuses %s", async (_name, make, reason, limits) => {
    expect((await refusal(await make(), limits)).reason).toBe(reason)
  })

  it("says why in Vietnamese first, then in English in parentheses, for every reason", async () => {
    const every: Record<PhotoRefusal, boolean> = {
      empty: false,
      too_large: false,
      not_an_image: false,
      unsupported_format: false,
      too_many_pixels: false,
      truncated: false,
    }
    for (const [, make, , limits] of refusals) {
      const { reason, message } = await refusal(await make(), limits)
      const [, vietnamese, english] = /^(.+) \(([ -~]+)\)\.$/s.exec(message) ?? []
      expect(vietnamese, message).toMatch(/ảnh|tệp/i)
      expect(vietnamese, message).toContain("hãy")
      expect(english, message).toMatch(/^[a-z]/)
      every[reason] = true
    }
    expect(Object.entries(every).filter(([, seen]) => !seen)).toEqual([])
  })
})
