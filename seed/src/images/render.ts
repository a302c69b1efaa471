import sharp from "sharp"
import type { ImageMotif } from "../types"
import { MOTIFS } from "./motifs"

/** Widths the storefront asks for in `srcset`; the images are square. */
export const IMAGE_WIDTHS = [320, 640, 1200] as const
export type ImageWidth = (typeof IMAGE_WIDTHS)[number]

export interface ProductImageSpec {
  title: string
  province: string
  /** Drawn as "OCOP ★★★" in a corner; none (null) draws no OCOP label. */
  stars: number | null
  motif: ImageMotif
  palette: [string, string]
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Splits a title into at most two lines of ~18 characters, on word boundaries. */
function titleLines(title: string): string[] {
  const words = title.split(/\s+/)
  const lines: string[] = [""]
  for (const word of words) {
    const current = lines[lines.length - 1]
    if (current && `${current} ${word}`.length > 18) {
      if (lines.length === 2) {
        lines[1] = `${lines[1]}…`
        break
      }
      lines.push(word)
    } else {
      lines[lines.length - 1] = current ? `${current} ${word}` : word
    }
  }
  return lines
}

export function productImageSvg(spec: ProductImageSpec): string {
  const [from, to] = spec.palette
  const lines = titleLines(spec.title)
  const ocopLabel = spec.stars
    ? `<rect x="60" y="60" rx="38" width="330" height="76" fill="#fff" opacity=".92"/>
  <text x="225" y="112" font-family="DejaVu Sans, sans-serif" font-size="38" font-weight="bold" fill="${to}" text-anchor="middle">OCOP ${escapeXml("★".repeat(spec.stars))}</text>`
    : ""
  const text = lines
    .map(
      (line, i) =>
        `<text x="600" y="${930 + i * 86}" font-family="DejaVu Sans, sans-serif" font-size="72" font-weight="bold" fill="#fff" text-anchor="middle">${escapeXml(line)}</text>`
    )
    .join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1200" viewBox="0 0 1200 1200">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>
    <filter id="shadow" x="-20%" y="-20%" width="140%" height="140%"><feDropShadow dx="0" dy="12" stdDeviation="14" flood-opacity=".25"/></filter>
  </defs>
  <rect width="1200" height="1200" fill="url(#bg)"/>
  <circle cx="1050" cy="150" r="260" fill="#fff" opacity=".07"/><circle cx="120" cy="1100" r="320" fill="#000" opacity=".06"/>
  <circle cx="600" cy="470" r="330" fill="#fff" opacity=".16"/>
  <g transform="translate(600 470) scale(2.6) translate(-100 -100)" filter="url(#shadow)">${MOTIFS[spec.motif]}</g>
  ${ocopLabel}
  ${text}
  <text x="600" y="${930 + lines.length * 86 + 10}" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#fff" opacity=".9" text-anchor="middle">${escapeXml(spec.province)}</text>
</svg>`
}

/** Renders the image once at full size, then resizes it to every width as WebP. */
export async function renderProductImages(spec: ProductImageSpec): Promise<Record<ImageWidth, Buffer>> {
  const master = await sharp(Buffer.from(productImageSvg(spec)))
    .png()
    .toBuffer()
  const entries = await Promise.all(
    IMAGE_WIDTHS.map(async (width) => {
      const webp = await sharp(master).resize(width, width).webp({ quality: 78, effort: 4 }).toBuffer()
      return [width, webp] as const
    })
  )
  return Object.fromEntries(entries) as Record<ImageWidth, Buffer>
}
