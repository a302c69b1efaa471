import { data, Form, Link } from "react-router"
import { Alert } from "~/components/Alert"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { withSellerToken } from "~/lib/seller.server"
import { captureEpcis, listLots } from "~/lib/seller-trace-api.server"
import { CAPTURE_MAX_BYTES, type CaptureInput, exampleDocument, readCaptureInput } from "~/lib/seller-trace-capture"
import { vietnamLocalNow } from "~/lib/seller-trace-form"
import { sellerTraceLinks } from "~/lib/seller-trace-links"
import { lotPath, SELLER_LOTS } from "~/lib/seller-trace-paths"
import type { CaptureError } from "~/lib/seller-trace-types"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/capture"

const INPUT_ERRORS: Record<"empty" | "too_big" | "not_json" | "not_document", MessageKey> = {
  empty: "sellerTrace.capture.empty",
  too_big: "sellerTrace.capture.too_big",
  not_json: "sellerTrace.capture.not_json",
  not_document: "sellerTrace.capture.not_document",
}

export const links: Route.LinksFunction = sellerTraceLinks

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const { lots } = await listLots(token, { limit: 1 }, lang)
    const lot = lots[0] ?? null
    return {
      title: translate(lang, "sellerTrace.capture.meta_title"),
      example: exampleDocument(lot, `${vietnamLocalNow()}:00+07:00`, `urn:uuid:${crypto.randomUUID()}`),
      exampleLot: lot?.code ?? null,
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult =
  | { kind: "input"; message: string; pasted: string }
  | { kind: "refused"; message: string; errors: CaptureError[]; pasted: string }
  | { kind: "captured"; captured: number; lots: { id: string; code: string; added: number }[] }

/** The document as it is to `POST /vendor/trace/capture`; the backend stores all of it or nothing. */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const pasted = typeof form.get("document") === "string" ? String(form.get("document")) : ""
    const file = form.get("file")
    const uploaded = file instanceof File && file.size > 0 ? file : null
    const input: CaptureInput =
      uploaded && uploaded.size > CAPTURE_MAX_BYTES
        ? ({ ok: false, reason: "too_big" } as const)
        : readCaptureInput(pasted, uploaded ? await uploaded.text() : null)
    if (!input.ok) {
      const message = translate(lang, INPUT_ERRORS[input.reason], { detail: input.detail ?? "" })
      return data<ActionResult>({ kind: "input", message, pasted }, 400)
    }
    const result = await captureEpcis(token, input.text, lang)
    if (!result.ok) {
      return data<ActionResult>(
        { kind: "refused", message: result.message, errors: result.errors, pasted: uploaded ? "" : pasted },
        400
      )
    }
    return data<ActionResult>({ kind: "captured", captured: result.captured, lots: result.lots })
  })
}

export default function SellerLotCapture({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const pasted = actionData && actionData.kind !== "captured" ? actionData.pasted : ""
  return (
    <div className="page narrow">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to={SELLER_LOTS}>{t("sellerTrace.list.title")}</Link>
      </nav>
      <h1 id="capture-title">{t("sellerTrace.capture.title")}</h1>
      <p>{t("sellerTrace.capture.lead")}</p>

      {actionData?.kind === "captured" ? (
        <Alert kind="success">
          <p>
            <strong>{t("sellerTrace.capture.done", { count: actionData.captured })}</strong>
          </p>
          <ul className="trace-capture-lots">
            {actionData.lots.map((lot) => (
              <li key={lot.id}>
                <Link to={lotPath(lot.id)}>{t("sellerTrace.lot.code_title", { code: lot.code })}</Link>:{" "}
                {t("sellerTrace.capture.added", { count: lot.added })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {actionData?.kind === "input" ? (
        <Alert kind="error">
          <p>{actionData.message}</p>
          <p>{t("sellerTrace.capture.nothing_stored")}</p>
        </Alert>
      ) : null}
      {actionData?.kind === "refused" ? (
        <div className="alert alert-error trace-capture-errors" role="alert" aria-labelledby="capture-errors-title">
          <p id="capture-errors-title">
            <strong>{t("sellerTrace.capture.refused", { count: actionData.errors.length })}</strong>
          </p>
          <p>{t("sellerTrace.capture.nothing_stored")}</p>
          {actionData.message ? <p className="muted small">{actionData.message}</p> : null}
          <ol>
            {actionData.errors.map((error, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two errors may share path and message
              <li key={index}>
                <code>{error.path || "/"}</code> — {error.message}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        className="stack-form"
        aria-labelledby="capture-title"
      >
        <Field name="document" label={t("sellerTrace.capture.paste")} hint={t("sellerTrace.capture.paste_hint")}>
          {(control) => (
            <textarea {...control} rows={12} spellCheck={false} className="trace-code" defaultValue={pasted} />
          )}
        </Field>
        <Field name="file" label={t("sellerTrace.capture.file")} hint={t("sellerTrace.capture.file_hint")}>
          {(control) => <input {...control} type="file" accept="application/json,application/ld+json,.json,.jsonld" />}
        </Field>
        <SubmitButton className="button button-primary button-wide">{t("sellerTrace.capture.submit")}</SubmitButton>
      </Form>

      <section aria-labelledby="example-title" className="product-section">
        <h2 id="example-title">{t("sellerTrace.capture.example_title")}</h2>
        <p id="example-lead" className="muted small">
          {loaderData.exampleLot
            ? t("sellerTrace.capture.example_lead", { code: loaderData.exampleLot })
            : t("sellerTrace.capture.example_lead_none")}
        </p>
        <textarea
          className="trace-code"
          rows={16}
          readOnly
          spellCheck={false}
          aria-labelledby="example-title"
          aria-describedby="example-lead"
          value={loaderData.example}
        />
      </section>
    </div>
  )
}
