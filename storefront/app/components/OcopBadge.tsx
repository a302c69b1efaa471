import { starString } from "~/lib/format"
import { useT } from "~/lib/use-t"

export function OcopBadge({ stars, year }: { stars: number | null; year?: number | null }) {
  const t = useT()
  if (!stars) {
    return null
  }
  return (
    <span className="ocop-badge" title={t("ocop.badge_title")}>
      <span aria-hidden="true">
        OCOP <span className="ocop-stars">{starString(stars)}</span>
      </span>
      <span className="visually-hidden">
        {year ? t("ocop.stars_label_year", { stars, year }) : t("ocop.stars_label", { stars })}
      </span>
    </span>
  )
}
