import { isRouteErrorResponse } from "react-router"
import { isLang, type Lang } from "./i18n"

/** What the server throws (status 403) when it refuses a form posted from another site. */
export interface CrossSiteRefusal {
  refusal: "cross_site"
  /** The shopper's language: the root loader does not run for a refused request. */
  lang: Lang
}

export function crossSiteRefusal(error: unknown): CrossSiteRefusal | null {
  if (!isRouteErrorResponse(error) || error.status !== 403) {
    return null
  }
  const body: unknown = error.data
  if (
    body &&
    typeof body === "object" &&
    "refusal" in body &&
    body.refusal === "cross_site" &&
    "lang" in body &&
    isLang(body.lang)
  ) {
    return { refusal: "cross_site", lang: body.lang }
  }
  return null
}
