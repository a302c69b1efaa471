import sharp from "sharp"

/** An A4 page in landscape at about 137 dpi: 1600 × 1131 px. */
export const CERTIFICATE_SIZE = { width: 1600, height: 1131 } as const

export interface CertificateImageSpec {
  /** The product's Vietnamese title. */
  product: string
  /** The producer (the certificate's holder). */
  holder: string
  stars: number
  /** The group's Vietnamese name. */
  group: string
  score: number
  authority_name: string
  decision_number: string
  /** "YYYY-MM-DD". */
  decision_date: string
  /** "YYYY-MM-DD". */
  valid_until: string
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** "2025-03-15" → "15/03/2025", as Vietnamese documents print dates. */
export function vietnameseDate(day: string): string {
  const [y, m, d] = day.split("-")
  return `${d}/${m}/${y}`
}

const FONT = 'font-family="DejaVu Sans, sans-serif"'

function line(y: number, text: string, size: number, extra = ""): string {
  return `<text x="800" y="${y}" ${FONT} font-size="${size}" text-anchor="middle" ${extra}>${escapeXml(text)}</text>`
}

/** Cuts a long product title to what fits one line at 46 px. */
function shorten(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text
}

/**
 * A plain certificate in the style of a provincial decision's annex, marked "(minh hoạ)" at the
 * top and across the page: the seed's demo certificates are illustrations, never real documents.
 */
export function certificateSvg(spec: CertificateImageSpec): string {
  const { width, height } = CERTIFICATE_SIZE
  const rows: [string, string][] = [
    ["Chủ thể", spec.holder],
    ["Nhóm sản phẩm", spec.group],
    ["Điểm đánh giá", `${spec.score}/100`],
    ["Cơ quan công nhận", spec.authority_name],
    ["Quyết định số", spec.decision_number],
    ["Ngày quyết định", vietnameseDate(spec.decision_date)],
    ["Có giá trị đến hết ngày", vietnameseDate(spec.valid_until)],
  ]
  const table = rows
    .map(
      ([label, value], i) =>
        `<text x="330" y="${640 + i * 50}" ${FONT} font-size="30" fill="#555">${escapeXml(label)}</text>` +
        `<text x="720" y="${640 + i * 50}" ${FONT} font-size="30" font-weight="bold" fill="#222">${escapeXml(shorten(value, 44))}</text>`
    )
    .join("")
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#fffdf5"/>
  <rect x="36" y="36" width="${width - 72}" height="${height - 72}" fill="none" stroke="#b8860b" stroke-width="10"/>
  <rect x="60" y="60" width="${width - 120}" height="${height - 120}" fill="none" stroke="#b8860b" stroke-width="3"/>
  <text x="800" y="640" ${FONT} font-size="150" font-weight="bold" fill="#c0392b" opacity=".08" text-anchor="middle" transform="rotate(-18 800 600)">MINH HOẠ</text>
  ${line(140, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 32, 'font-weight="bold" fill="#222"')}
  ${line(184, "Độc lập – Tự do – Hạnh phúc", 28, 'fill="#222"')}
  ${line(290, "GIẤY CHỨNG NHẬN SẢN PHẨM OCOP (minh hoạ)", 48, 'font-weight="bold" fill="#b03a2e"')}
  ${line(345, "Chương trình Mỗi xã một sản phẩm — Quyết định 148/QĐ-TTg", 26, 'fill="#555"')}
  ${line(440, shorten(spec.product), 46, 'font-weight="bold" fill="#222"')}
  ${line(540, "★".repeat(spec.stars), 76, 'fill="#e0a100"')}
  ${table}
  ${line(1030, "Dữ liệu mẫu của Chợ Số — không phải giấy chứng nhận thật, không có giá trị pháp lý", 24, 'fill="#b03a2e"')}
</svg>`
}

/** The certificate as a WebP image (what the OCOP plugin keeps for photos), without metadata. */
export async function renderCertificateImage(spec: CertificateImageSpec): Promise<Buffer> {
  return sharp(Buffer.from(certificateSvg(spec)))
    .webp({ quality: 82, effort: 4 })
    .toBuffer()
}
