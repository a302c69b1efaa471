import { data, Link } from "react-router"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/policy"

const POLICIES: Record<string, { title: MessageKey; body: MessageKey }> = {
  "giao-hang": { title: "policy.delivery.title", body: "policy.delivery.body" },
  "thanh-toan": { title: "policy.payment.title", body: "policy.payment.body" },
  "khieu-nai": { title: "policy.complaints.title", body: "policy.complaints.body" },
  "bao-mat": { title: "policy.privacy.title", body: "policy.privacy.body" },
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const policy = Object.hasOwn(POLICIES, params.slug) ? POLICIES[params.slug] : undefined
  if (!policy) {
    throw data(null, { status: 404 })
  }
  const lang = await readLang(request)
  return { policy, title: translate(lang, policy.title) }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData ? `${loaderData.title} — Chợ Số` : "Chợ Số" }]
}

export default function Policy({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { policy } = loaderData
  return (
    <article className="page narrow prose" aria-labelledby="policy-title">
      <h1 id="policy-title">{t(policy.title)}</h1>
      {t(policy.body)
        .split("\n\n")
        .map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
      <p>
        <Link to="/">{t("notfound.home")}</Link>
      </p>
    </article>
  )
}
