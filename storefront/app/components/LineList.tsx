import type { ReactNode } from "react"
import { formatVnd } from "~/lib/format"
import type { CartLineVM } from "~/lib/types"

/**
 * The items of a cart under review or of a placed order: "Title (200 g) × 2 … 190.000 ₫", with
 * what a page adds under a line (the order page: its lots).
 */
export function LineList({ lines, under }: { lines: CartLineVM[]; under?: (line: CartLineVM) => ReactNode }) {
  return (
    <ul className="review-lines" role="list">
      {lines.map((line) => (
        <li key={line.id}>
          <span>
            {line.title}
            {line.variantTitle ? ` (${line.variantTitle})` : ""} × {line.quantity}
          </span>
          <span>{formatVnd(line.total)}</span>
          {under?.(line)}
        </li>
      ))}
    </ul>
  )
}
