import { createHash } from "node:crypto"
import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { THUMBNAIL_SIDE, tracePhoto } from "../src/lib/photos"

/** A 3000×2000 phone photo with noise (so sizes are realistic), EXIF and GPS. */
async function phonePhoto(): Promise<Buffer> {
  const width = 3000
  const height = 2000
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "Samsung", Model: "Galaxy A15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "9/1 10/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 9/1 0/1" },
    })
    .toBuffer()
}

describe("tracePhoto", () => {
  it("stores a WebP of at most 1600 px without metadata, its digest, and a small square thumbnail", async () => {
    const photo = await tracePhoto(await phonePhoto())
    const stored = await sharp(photo.buffer).metadata()
    expect([stored.format, stored.width, stored.height, stored.exif]).toEqual(["webp", 1600, 1067, undefined])
    expect(photo.sha256).toBe(createHash("sha256").update(photo.buffer).digest("hex"))
    const thumbnail = await sharp(photo.thumbnail).metadata()
    expect([thumbnail.format, thumbnail.width, thumbnail.height, thumbnail.exif]).toEqual([
      "webp",
      THUMBNAIL_SIDE,
      THUMBNAIL_SIDE,
      undefined,
    ])
    expect(photo.thumbnail.length * 20).toBeLessThan(photo.buffer.length)
  })
})
