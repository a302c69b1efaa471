import { Link } from "react-router"
import { useT } from "~/lib/use-t"

/** A label whose code names no lot (mistyped, or not registered): said plainly, with the code read. */
export function TraceNotFound({ code }: { code: string }) {
  const t = useT()
  return (
    <section className="page narrow" aria-labelledby="trace-not-found-title">
      <p className="trace-kicker">{t("trace.kicker")}</p>
      <h1 id="trace-not-found-title">{t("trace.not_found.title")}</h1>
      <p>{t("trace.not_found.body", { code })}</p>
      <p>
        <Link className="button" to="/">
          {t("notfound.home")}
        </Link>
      </p>
    </section>
  )
}
