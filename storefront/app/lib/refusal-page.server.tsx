import { renderToStaticMarkup } from "react-dom/server"
import { CrossSiteRefused } from "~/components/CrossSiteRefused"
import appCss from "~/styles/app.css?url"
import { type Lang, translate } from "./i18n"

/**
 * The whole 403 page for a form posted from another site, without scripts. Middleware answers
 * with it before any route runs, so it cannot use the app's layout; it also serves resource
 * routes (/ngon-ngu), whose thrown errors React Router would send as bare JSON.
 */
export function crossSiteRefusalPage(lang: Lang): string {
  const markup = renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${translate(lang, "error.cross_site_title")} · Chợ Số`}</title>
        <link rel="stylesheet" href={appCss} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <main id="main">
          <CrossSiteRefused lang={lang} />
        </main>
      </body>
    </html>
  )
  return `<!DOCTYPE html>${markup}`
}
