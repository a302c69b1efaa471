import { data } from "react-router"
import { NotFound } from "~/components/NotFound"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import type { Route } from "./+types/not-found"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return data({ title: translate(lang, "notfound.title") }, { status: 404 })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

export default function NotFoundRoute() {
  return <NotFound />
}
