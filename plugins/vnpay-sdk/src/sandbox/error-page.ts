import { esc, layout } from "./html.js"
import type { PageError } from "./page-errors.js"
import { TEXTS } from "./texts.js"

/**
 * VNPay answers a bad payment URL with an HTML page (HTTP 200), not a redirect. The code is
 * exposed as `data-vnpay-error` (and `#vnpay-error-code`) for tests.
 */
export function renderErrorPage(error: PageError, locale: "vn" | "en" = "vn"): string {
  const t = TEXTS[locale]
  const [first, second] = locale === "en" ? [error.en, error.vi] : [error.vi, error.en]
  const body = `<div class="card err" data-vnpay-error="${esc(error.code)}">
<div class="icon">!</div>
<h1>${esc(t.errorTitle)}</h1>
<p><strong id="vnpay-error-message">${esc(first)}</strong></p>
<p class="en">${esc(second)}</p>
<p class="code">${esc(t.code)}: <b id="vnpay-error-code">${esc(error.code)}</b></p>
${error.detail ? `<p class="detail" id="vnpay-error-detail">${esc(error.detail)}</p>` : ""}
</div>`
  return layout({ lang: locale === "en" ? "en" : "vi", title: `${t.errorTitle} ${error.code} – VNPAY`, body })
}
