import { type Lang, translator } from "~/lib/i18n"

/**
 * The message for a form posted from another site. Takes the language as a prop: it is also
 * rendered outside the router, as a page of its own (see refusal-page.server.tsx).
 */
export function CrossSiteRefused({ lang }: { lang: Lang }) {
  const t = translator(lang)
  return (
    <section className="page narrow" aria-labelledby="error-title">
      <h1 id="error-title">{t("error.cross_site_title")}</h1>
      <p role="alert">{t("error.cross_site_body")}</p>
      <p>
        <a className="button" href="/">
          {t("notfound.home")}
        </a>
      </p>
    </section>
  )
}
