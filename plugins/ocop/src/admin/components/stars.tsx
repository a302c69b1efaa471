import { TEXT } from "../lib/labels"

/** "★★★★☆": the certificate's stars out of five, read aloud as "4 sao". */
export function Stars({ stars }: { stars: number }) {
  const filled = Math.max(0, Math.min(5, Math.round(stars)))
  return (
    <span className="whitespace-nowrap" role="img" aria-label={TEXT.stars(stars)} title={TEXT.stars(stars)}>
      <span className="text-ui-tag-orange-icon">{"★".repeat(filled)}</span>
      <span className="text-ui-fg-disabled">{"☆".repeat(5 - filled)}</span>
    </span>
  )
}
