import { LABEL_COUNT_MAX, LABEL_SIZES, traceUriOf } from "@choso/trace-rules"
import { Form, Link } from "react-router"
import { Alert } from "~/components/Alert"
import { Field } from "~/components/Field"
import { LabelSheet } from "~/components/labels/LabelSheet"
import { RadioGroupField } from "~/components/RadioGroupField"
import { PrintButton } from "~/components/seller-trace/PrintButton"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { labelQrSymbol } from "~/lib/label-qr.server"
import { isLabelSize, LABEL_SIZE_NAMES, labelSheets, labelsPerSheet, parseLabelCount } from "~/lib/label-sheet"
import { formatDay } from "~/lib/ocop"
import { withSellerToken } from "~/lib/seller.server"
import { getOwnLot } from "~/lib/seller-trace-api.server"
import { LABEL_SHEET_CSS, lotPath } from "~/lib/seller-trace-paths"
import { publicBase } from "~/lib/seller-trace-public.server"
import type { LabelSize } from "~/lib/seller-trace-types"
import { textOf } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"
import { getMe } from "~/lib/vendor-api.server"
import labelsCss from "~/styles/labels.css?url"
import type { Route } from "./+types/labels"

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: LABEL_SHEET_CSS },
  { rel: "stylesheet", href: labelsCss },
]

const SIZE_KEYS = {
  small: { name: "sellerTrace.labels.size_small", hint: "sellerTrace.labels.size_small_hint" },
  medium: { name: "sellerTrace.labels.size_medium", hint: "sellerTrace.labels.size_medium_hint" },
  large: { name: "sellerTrace.labels.size_large", hint: "sellerTrace.labels.size_large_hint" },
} as const satisfies Record<LabelSize, { name: string; hint: string }>

/** "38,1 × 21,2 mm" */
function dimensions(size: LabelSize): string {
  const spec = LABEL_SIZES[size]
  return `${String(spec.widthMm).replace(".", ",")} × ${String(spec.heightMm).replace(".", ",")} mm`
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const search = new URL(request.url).searchParams
  const askedSize = search.get("size")
  const size: LabelSize = isLabelSize(askedSize) ? askedSize : "medium"
  const count = parseLabelCount(search.get("count"))
  return withSellerToken(request, async (token) => {
    const [{ lot }, { seller }] = await Promise.all([getOwnLot(token, params.id, lang), getMe(token, lang)])
    const base = {
      title: translate(lang, "sellerTrace.labels.meta_title", { code: lot.code }),
      lot: { id: lot.id, code: lot.code, hasGtin: Boolean(lot.gtin) },
      size,
      count: typeof count === "number" ? count : null,
      countError: count === "invalid",
    }
    if (typeof count !== "number") {
      return { ...base, sheet: null }
    }
    const uri = traceUriOf(publicBase(request), lot, size)
    // Printed labels are in Vietnamese whatever the seller's screen language (product labelling rules).
    const dates = [
      translate("vi", "sellerTrace.labels.produced", { date: formatDay(lot.produced_on) }),
      lot.expires_on ? translate("vi", "sellerTrace.labels.expires", { date: formatDay(lot.expires_on) }) : null,
    ]
      .filter(Boolean)
      .join(" · ")
    return {
      ...base,
      sheet: {
        uri,
        qr: labelQrSymbol(uri),
        sheets: labelSheets(size, count),
        content: {
          product: textOf(lot.product?.title, "vi"),
          lot: translate("vi", "sellerTrace.labels.lot", { code: lot.code }),
          dates,
          producer: seller.name,
          uri,
          qrLabel: translate(lang, "sellerTrace.labels.qr_alt", { uri }),
        },
      },
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

export default function SellerLotLabels({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { lot, size, sheet } = loaderData
  return (
    <div className="label-page">
      <div className="page narrow label-screen">
        <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
          <Link to={lotPath(lot.id)}>{t("sellerTrace.lot.code_title", { code: lot.code })}</Link>
        </nav>
        <h1 id="labels-title">{t("sellerTrace.labels.title")}</h1>
        <p>{t("sellerTrace.labels.lead")}</p>
        {!lot.hasGtin ? <Alert kind="info">{t("sellerTrace.labels.no_gtin")}</Alert> : null}
        <Form method="get" className="stack-form" aria-labelledby="labels-title">
          <RadioGroupField
            name="size"
            legend={t("sellerTrace.labels.size")}
            value={size}
            required
            options={LABEL_SIZE_NAMES.map((name) => ({
              value: name,
              label: `${t(SIZE_KEYS[name].name)} — ${dimensions(name)}`,
              hint: t(SIZE_KEYS[name].hint, { perSheet: labelsPerSheet(name) }),
            }))}
          />
          <Field
            name="count"
            label={t("sellerTrace.labels.count")}
            hint={t("sellerTrace.labels.count_hint", { max: LABEL_COUNT_MAX })}
            error={loaderData.countError ? t("sellerTrace.labels.count_invalid", { max: LABEL_COUNT_MAX }) : undefined}
            required
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={LABEL_COUNT_MAX}
                defaultValue={loaderData.count ?? labelsPerSheet(size)}
              />
            )}
          </Field>
          <button type="submit" className="button button-primary button-wide">
            {t("sellerTrace.labels.make")}
          </button>
        </Form>
        {sheet ? (
          <div className="label-summary">
            <p>
              {t("sellerTrace.labels.summary", {
                count: loaderData.count ?? 0,
                size: t(SIZE_KEYS[size].name),
                pages: sheet.sheets.length,
              })}
            </p>
            <p className="muted small">
              {t("sellerTrace.labels.uri")} <code className="label-uri-screen">{sheet.uri}</code>
            </p>
            <PrintButton />
          </div>
        ) : null}
      </div>
      {sheet ? (
        <div className="label-preview">
          <LabelSheet
            size={size}
            sheets={sheet.sheets}
            qr={sheet.qr}
            content={sheet.content}
            sheetLabel={(n, total) => t("sellerTrace.labels.sheet", { n, total })}
          />
        </div>
      ) : null}
    </div>
  )
}
