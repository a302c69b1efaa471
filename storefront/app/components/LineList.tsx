import { formatVnd } from "~/lib/format"
import type { CartLineVM } from "~/lib/types"

/** The items of a cart under review or of a placed order: "Title (200 g) × 2 … 190.000 ₫". */
export function LineList({ lines }: { lines: CartLineVM[] }) {
  return (
    <ul className="review-lines" role="list">
      {lines.map((line) => (
        <li key={line.id}>
          <span>
            {line.title}
            {line.variantTitle ? ` (${line.variantTitle})` : ""} × {line.quantity}
          </span>
          <span>{formatVnd(line.total)}</span>
        </li>
      ))}
    </ul>
  )
}
