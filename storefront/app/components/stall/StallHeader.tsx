import { Link } from "react-router"
import { STALL_DEVICES, STALL_HOME } from "~/lib/stall-paths"
import type { StallDTO } from "~/lib/stall-types"
import { useT } from "~/lib/use-t"
import { LangSwitch } from "./LangSwitch"

/** The stall's name on every vendor screen, with the way to its phones. */
export function StallHeader({ stall, titleId, back }: { stall: StallDTO; titleId: string; back?: boolean }) {
  const t = useT()
  return (
    <header className="stall-header">
      <div>
        <h1 id={titleId} className="stall-name">
          {stall.display_name}
        </h1>
        <p className="stall-where">
          {stall.market
            ? t("stall.where", { number: stall.number, market: stall.market.name })
            : t("stall.where_number", { number: stall.number })}
        </p>
      </div>
      <nav aria-label={t("stall.nav_label")} className="stall-nav">
        {back ? <Link to={STALL_HOME}>{t("stall.nav.home")}</Link> : null}
        <Link to={STALL_DEVICES}>{t("stall.nav.devices")}</Link>
        <LangSwitch />
      </nav>
    </header>
  )
}
