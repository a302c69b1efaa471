import { Link } from "react-router"
import { useT } from "~/lib/use-t"

export function NotFound() {
  const t = useT()
  return (
    <section className="page narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("notfound.title")}</h1>
      <p>{t("notfound.body")}</p>
      <p>
        <Link className="button" to="/">
          {t("notfound.home")}
        </Link>
      </p>
    </section>
  )
}
