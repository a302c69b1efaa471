/**
 * The QR code of a lot's labels, encoded on the server with the qrcode package (error correction
 * M) and drawn as one SVG path with a 4-module quiet zone, as ISO/IEC 18004 asks for. Every label
 * of a sheet carries the same URI, so the sheet defines the drawing once and each label uses it.
 */
import QRCode from "qrcode"

export const QUIET_ZONE = 4

export interface QrSymbol {
  /** Modules per side, quiet zone included: the SVG's viewBox is 0 0 size size. */
  size: number
  /** The dark modules, row by row, as runs: "M{x} {y}h{n}v1h-{n}z…". */
  path: string
}

export function labelQrSymbol(uri: string): QrSymbol {
  const { modules } = QRCode.create(uri, { errorCorrectionLevel: "M" })
  const n = modules.size
  const runs: string[] = []
  for (let row = 0; row < n; row++) {
    let col = 0
    while (col < n) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < n && modules.get(row, col)) col++
      const length = col - start
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${length}v1h-${length}z`)
    }
  }
  return { size: n + 2 * QUIET_ZONE, path: runs.join("") }
}
