import { describe, expect, it } from "vitest"
import { buildSrcSet, pickImageSrc, productImage, readImageSizes } from "~/lib/images"

const sizes = {
  "1200": "http://localhost:9000/static/mat-ong-1200.webp",
  "320": "http://localhost:9000/static/mat-ong-320.webp",
  "640": "http://localhost:9000/static/mat-ong-640.webp",
}

describe("srcset builder", () => {
  it("lists every size by ascending width", () => {
    expect(buildSrcSet(sizes)).toBe(
      "http://localhost:9000/static/mat-ong-320.webp 320w, " +
        "http://localhost:9000/static/mat-ong-640.webp 640w, " +
        "http://localhost:9000/static/mat-ong-1200.webp 1200w"
    )
  })

  it("ignores entries that are not width → URL", () => {
    expect(readImageSizes({ "640": "a.webp", big: "b.webp", "320": 42, "0": "c.webp" })).toEqual([[640, "a.webp"]])
    expect(buildSrcSet(null)).toBeUndefined()
    expect(buildSrcSet("x")).toBeUndefined()
    expect(buildSrcSet([])).toBeUndefined()
    expect(buildSrcSet({})).toBeUndefined()
  })

  it("uses the 640 px size as the plain src", () => {
    expect(pickImageSrc(sizes)).toBe(sizes["640"])
    expect(pickImageSrc({ "320": "small.webp" })).toBe("small.webp")
  })

  it("builds a square image with the largest width as its intrinsic size", () => {
    expect(productImage(sizes, "thumb.webp")).toEqual({
      src: sizes["640"],
      srcSet: buildSrcSet(sizes),
      width: 1200,
      height: 1200,
    })
  })

  it("falls back to the thumbnail alone, or nothing", () => {
    expect(productImage(undefined, "thumb.webp")).toEqual({
      src: "thumb.webp",
      srcSet: undefined,
      width: 640,
      height: 640,
    })
    expect(productImage(undefined, null)).toBeNull()
  })
})
