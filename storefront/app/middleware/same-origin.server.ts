import { data, type MiddlewareFunction } from "react-router"
import { readLang } from "~/lib/cookies.server"
import { isCrossSiteRequest } from "~/lib/cross-site.server"
import { ownOrigin } from "~/lib/own-origin.server"
import type { CrossSiteRefusal } from "~/lib/refusal"
import { crossSiteRefusalPage } from "~/lib/refusal-page.server"

/**
 * A form submitted by the app's JavaScript is a fetch (Sec-Fetch-Mode "cors"/"same-origin") of
 * `/route.data`; React Router has already stripped ".data" from the URL middleware sees.
 */
function isFetch(request: Request): boolean {
  const mode = request.headers.get("sec-fetch-mode")
  return mode !== null && mode !== "navigate"
}

/**
 * Refuses (403) any request posted from another site before any action runs. Being root
 * middleware, it covers every route's action, resource routes and routes added later included.
 * A navigation (a plain form post) gets a page of its own; a fetch gets an error React Router
 * hands to the root ErrorBoundary, which shows the same message.
 */
export const sameOriginMiddleware: MiddlewareFunction<Response> = async ({ request }) => {
  const origin = ownOrigin(request)
  if (!isCrossSiteRequest(request, origin)) {
    return
  }
  const url = new URL(request.url)
  console.warn(
    `[storefront] refused ${request.method} ${url.pathname}: Origin ${request.headers.get("origin") ?? "-"}, ` +
      `Sec-Fetch-Site ${request.headers.get("sec-fetch-site") ?? "-"}, own origin ${origin} ` +
      "(behind a reverse proxy? set TRUST_PROXY to the number of proxies)"
  )
  const lang = await readLang(request)
  if (isFetch(request)) {
    throw data({ refusal: "cross_site", lang } satisfies CrossSiteRefusal, { status: 403 })
  }
  return new Response(crossSiteRefusalPage(lang), {
    status: 403,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  })
}
