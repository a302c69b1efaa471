import { data, Form, redirect, useNavigation } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { formatDate } from "~/lib/format"
import { type MessageKey, translate } from "~/lib/i18n"
import { withSellerToken } from "~/lib/seller.server"
import { documentKindKey } from "~/lib/seller-labels"
import { SELLER_DOCUMENTS } from "~/lib/seller-paths"
import { useLang, useT } from "~/lib/use-t"
import { getMe, isRefusal, uploadDocument } from "~/lib/vendor-api.server"
import { DOCUMENT_KINDS, type DocumentKind, isDocumentKind } from "~/lib/vendor-types"
import type { Route } from "./+types/documents"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const { seller } = await getMe(token, lang)
    return {
      title: translate(lang, "seller.documents.meta_title"),
      documents: (seller.documents ?? []).map((d) => ({
        id: d.id,
        kind: d.kind,
        size: d.size,
        createdAt: d.created_at,
      })),
      sent: new URL(request.url).searchParams.get("sent") === "1",
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { kind: string; fieldErrors?: Record<string, string>; messages?: string[] }

/** A document photo or PDF goes to `POST /vendor/documents`; the backend checks and strips it. */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const kind = String(form.get("kind") ?? "")
    const file = form.get("file")
    const errors: Record<string, MessageKey> = {}
    if (!isDocumentKind(kind)) errors.kind = "seller.documents.error.kind_required"
    if (!(file instanceof File) || file.size === 0) errors.file = "seller.documents.error.file_required"
    if (Object.keys(errors).length) {
      const fieldErrors = Object.fromEntries(Object.entries(errors).map(([f, key]) => [f, translate(lang, key)]))
      return data<ActionResult>({ kind, fieldErrors }, 400)
    }
    try {
      await uploadDocument(token, kind as DocumentKind, file as File)
    } catch (error) {
      if (isRefusal(error)) return data<ActionResult>({ kind, fieldErrors: { file: error.message } }, 400)
      throw error
    }
    return redirect(`${SELLER_DOCUMENTS}?sent=1`, 303)
  })
}

/** "1,2 MB" / "350 KB", for people. */
function size(lang: string, bytes: number): string {
  const mb = bytes / (1024 * 1024)
  const number = new Intl.NumberFormat(lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 1 })
  return mb >= 1 ? `${number.format(mb)} MB` : `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`
}

export default function SellerDocuments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  const errors = actionData?.fieldErrors ?? {}
  const sending = useNavigation().state === "submitting"
  return (
    <div className="page narrow">
      <h1>{t("seller.documents.title")}</h1>
      <p>{t("seller.documents.lead")}</p>
      {loaderData.sent && !actionData ? <Alert kind="success">{t("seller.documents.sent")}</Alert> : null}

      <section aria-labelledby="documents-title" className="product-section">
        <h2 id="documents-title">{t("seller.documents.list_title", { count: loaderData.documents.length })}</h2>
        {loaderData.documents.length ? (
          <ul className="member-list" role="list">
            {loaderData.documents.map((document) => (
              <li key={document.id} className="member">
                {t("seller.documents.item", {
                  kind: t(documentKindKey(document.kind)),
                  size: size(lang, document.size),
                  date: formatDate(lang, document.createdAt),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("seller.documents.none")}</p>
        )}
      </section>

      <Form method="post" encType="multipart/form-data" noValidate className="stack-form">
        <ErrorSummary errors={actionData?.fieldErrors} order={["kind", "file"]} />
        <Field name="kind" label={t("seller.documents.kind")} error={errors.kind} required>
          {(control) => (
            <select {...control} defaultValue={actionData?.kind ?? "id_front"}>
              {DOCUMENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(documentKindKey(kind))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="file"
          label={t("seller.documents.file")}
          hint={t("seller.documents.file_hint")}
          error={errors.file}
          required
        >
          {(control) => <input {...control} type="file" accept="image/*,application/pdf" />}
        </Field>
        <SubmitButton className="button button-primary" disabled={sending}>
          {sending ? t("seller.documents.sending") : t("seller.documents.submit")}
        </SubmitButton>
      </Form>
    </div>
  )
}
