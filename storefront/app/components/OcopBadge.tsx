import { starString } from "~/lib/format"
import type { OcopBadgeVM } from "~/lib/ocop-types"
import { useT } from "~/lib/use-t"

/** The stars of a product's valid OCOP certificate (nothing when it has none). */
export function OcopBadge({ badge }: { badge: OcopBadgeVM | null }) {
  const t = useT()
  if (!badge) {
    return null
  }
  return (
    <span className="ocop-badge" title={t("ocop.badge_title")} data-ocop-stars={badge.stars}>
      <span aria-hidden="true">
        OCOP <span className="ocop-stars">{starString(badge.stars)}</span>
      </span>
      <span className="visually-hidden">{t("ocop.stars_label", { stars: badge.stars })}</span>
    </span>
  )
}
