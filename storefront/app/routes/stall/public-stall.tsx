import { STALL_CODE } from "@choso/market-rules"
import { data } from "react-router"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { getPublicStall } from "~/lib/stall-api.server"
import { useT } from "~/lib/use-t"
import stallCss from "~/styles/stall.css?url"
import type { Route } from "./+types/public-stall"

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: stallCss }]

/** `/c/:code` — what the QR on a stall's printed sign opens: who the money goes to. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const code = params.code.toUpperCase()
  if (!STALL_CODE.test(code)) {
    throw data(null, { status: 404 })
  }
  const lang = await readLang(request)
  const stall = await getPublicStall(code, lang)
  if (!stall) {
    throw data(null, { status: 404 })
  }
  return { title: translate(lang, "stall.public.meta_title", { stall: stall.display_name }), stall }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }]
}

export default function PublicStall({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { stall } = loaderData
  return (
    <section className="page narrow stall-public" aria-labelledby="stall-public-title">
      <h1 id="stall-public-title">{stall.display_name}</h1>
      {stall.verified ? (
        <p className="stall-verified">
          <span aria-hidden="true">✓ </span>
          {t("stall.public.verified")}
        </p>
      ) : (
        <p className="stall-unverified">{t("stall.public.unverified")}</p>
      )}
      <dl className="stall-public-facts">
        <dt>{t("stall.public.number")}</dt>
        <dd>{stall.number}</dd>
        <dt>{t("stall.public.market")}</dt>
        <dd>
          {stall.market.name}
          {stall.market.address ? <span className="stall-public-address">{stall.market.address}</span> : null}
        </dd>
        {stall.goods ? (
          <>
            <dt>{t("stall.public.goods")}</dt>
            <dd>{stall.goods}</dd>
          </>
        ) : null}
        <dt>{t("stall.public.holder")}</dt>
        <dd>{stall.holder}</dd>
        <dt>{t("stall.public.bank")}</dt>
        <dd>{stall.bank_name}</dd>
      </dl>
      <p className="stall-public-note">{t("stall.public.note")}</p>
    </section>
  )
}
