import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { categories, products } from "../src/catalog"
import { MOTIFS } from "../src/images/motifs"
import { IMAGE_WIDTHS, productImageSvg, renderProductImages } from "../src/images/render"

describe("generated product images", () => {
  it("renders square WebP files at every srcset width, without metadata", async () => {
    const images = await renderProductImages({
      title: "Mật ong rừng tràm U Minh Hạ",
      province: "Cà Mau",
      stars: 5,
      motif: "honey",
      palette: ["#e2a400", "#a0522d"],
    })
    for (const width of IMAGE_WIDTHS) {
      const meta = await sharp(images[width]).metadata()
      expect(meta.format).toBe("webp")
      expect([meta.width, meta.height]).toEqual([width, width])
      expect(meta.exif).toBeUndefined()
      expect(meta.icc).toBeUndefined()
    }
    expect(images[320].length).toBeLessThan(images[1200].length)
  })

  it("draws each category's colours, not a grey box", async () => {
    const category = categories[0]
    const product = products.find((p) => p.category === category.handle)!
    const png = await sharp(
      Buffer.from(
        productImageSvg({
          title: product.title.vi,
          province: "Cà Mau",
          stars: 4,
          motif: product.motif,
          palette: category.palette,
        })
      )
    )
      .resize(64, 64)
      .raw()
      .toBuffer({ resolveWithObject: true })
    const { channels } = png.info
    const [r, g, b] = [png.data[0], png.data[1], png.data[2]]
    const expected = category.palette[0].match(/[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16))
    // The top-left pixel is the start of the category gradient.
    expect(Math.abs(r - expected[0]) + Math.abs(g - expected[1]) + Math.abs(b - expected[2])).toBeLessThan(40)
    const distinct = new Set<string>()
    for (let i = 0; i < png.data.length; i += channels * 97)
      distinct.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]}`)
    expect(distinct.size).toBeGreaterThan(5)
  })

  it("escapes titles so a product name cannot break the SVG", () => {
    const svg = productImageSvg({
      title: 'Bánh <"tráng"> & mè',
      province: "Đà Nẵng",
      stars: 3,
      motif: "ricepaper",
      palette: ["#111111", "#222222"],
    })
    expect(svg).not.toContain('<"tráng">')
    expect(svg).toContain("&#60;")
  })

  it("has a drawing for every motif the catalog uses", () => {
    for (const product of products) expect(MOTIFS[product.motif]).toBeTruthy()
  })
})
