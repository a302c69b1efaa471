import { redirect } from "react-router"
import { langCookie } from "~/lib/cookies.server"
import { DEFAULT_LANG, isLang } from "~/lib/i18n"
import { safeRedirectPath } from "~/lib/safe-redirect"
import type { Route } from "./+types/language"

/** Where to go back to: the form's `redirect_to`, else the referring page on this site, else "/". */
function backTo(request: Request, value: unknown): string {
  if (typeof value === "string" && value) {
    return safeRedirectPath(value)
  }
  const referer = request.headers.get("Referer")
  if (referer) {
    try {
      const from = new URL(referer)
      if (from.origin === new URL(request.url).origin) {
        return safeRedirectPath(from.pathname + from.search)
      }
    } catch {
      // not a URL: fall through
    }
  }
  return "/"
}

async function switchTo(request: Request, lang: unknown, redirectTo: unknown) {
  const chosen = isLang(lang) ? lang : DEFAULT_LANG
  return redirect(backTo(request, redirectTo), {
    status: 303,
    headers: { "Set-Cookie": await langCookie.serialize(chosen) },
  })
}

/** The header's language form posts here. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  return switchTo(request, form.get("lang"), form.get("redirect_to"))
}

/** `/ngon-ngu?lang=en` also works as a plain link. */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return switchTo(request, url.searchParams.get("lang"), url.searchParams.get("redirect_to"))
}
