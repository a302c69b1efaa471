import type { QrSymbol } from "~/lib/label-qr.server"
import type { LabelSlot } from "~/lib/label-sheet"
import type { LabelSize } from "~/lib/seller-trace-types"

export interface LabelContent {
  product: string
  /** "Lô: L260605" — already in the label's language. */
  lot: string
  dates: string
  producer: string
  uri: string
  qrLabel: string
}

interface Props {
  size: LabelSize
  sheets: LabelSlot[][]
  qr: QrSymbol
  content: LabelContent
  sheetLabel: (n: number, total: number) => string
}

/**
 * A4 sheets of identical labels. The QR drawing is defined once (a <symbol>) and used by every
 * label; the labels' boxes and places come from the sheet stylesheet (LABEL_SHEET_CSS).
 */
export function LabelSheet({ size, sheets, qr, content, sheetLabel }: Props) {
  return (
    <div className="label-print">
      <svg className="label-defs" aria-hidden="true" focusable="false">
        <defs>
          <symbol id="label-qr" viewBox={`0 0 ${qr.size} ${qr.size}`}>
            <rect width={qr.size} height={qr.size} fill="#fff" />
            <path d={qr.path} fill="#000" shapeRendering="crispEdges" />
          </symbol>
        </defs>
      </svg>
      {sheets.map((slots, page) => (
        <section key={slots[0]?.index ?? page} className="label-sheet" aria-label={sheetLabel(page + 1, sheets.length)}>
          {slots.map((slot) => (
            <article key={slot.index} className={`label label-${size} slot-${slot.slot}`} data-label-index={slot.index}>
              <svg className="label-qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={content.qrLabel}>
                <use href="#label-qr" />
              </svg>
              <div className="label-text">
                <p className="label-product">{content.product}</p>
                <p className="label-lot">{content.lot}</p>
                <p className="label-dates">{content.dates}</p>
                <p className="label-producer">{content.producer}</p>
                <p className="label-uri">{content.uri}</p>
              </div>
            </article>
          ))}
        </section>
      ))}
    </div>
  )
}
