import { randomUUID } from "node:crypto"
import { data, Form, Link, redirect, useNavigation } from "react-router"
import { Alert } from "~/components/Alert"
import { DefaultSubmit } from "~/components/DefaultSubmit"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { PhotoPicker, UPLOAD_INTENT } from "~/components/PhotoPicker"
import { SubmitButton } from "~/components/SubmitButton"
import { VariantRows } from "~/components/VariantRows"
import { issueFieldName } from "~/lib/api-errors"
import { listCategories } from "~/lib/catalog.server"
import { readLang } from "~/lib/cookies.server"
import { type Lang, type MessageKey, translate } from "~/lib/i18n"
import {
  addPhoto,
  addVariantRow,
  checkProductDraft,
  draftFieldName,
  draftFromProduct,
  emptyDraft,
  intentIndex,
  MAX_PHOTOS,
  PRODUCT_FIELDS,
  type ProductDraft,
  productFieldNames,
  readProductForm,
  removePhoto,
  removeVariantRow,
} from "~/lib/product-form"
import { withSellerToken } from "~/lib/seller.server"
import { apiFormErrors, sellerCodeMessage, translateErrors } from "~/lib/seller-actions.server"
import { productStatusKey } from "~/lib/seller-labels"
import { SELLER_HOME, sellerProductPath } from "~/lib/seller-paths"
import { localized } from "~/lib/seller-view"
import { useT } from "~/lib/use-t"
import {
  createVendorProduct,
  deleteVendorProduct,
  getMe,
  getVendorProduct,
  isRefusal,
  isVendorApiError,
  publishVendorProduct,
  updateVendorProduct,
  uploadPhoto,
  type VendorApiError,
} from "~/lib/vendor-api.server"
import type { Route } from "./+types/product"

/** `/kenh-nguoi-ban/san-pham/moi` is the new product; any other id is one of the seller's products. */
const NEW = "moi"

/** A phone photo is a few MB; the backend has its own (lower) limits and says so in Vietnamese. */
const MAX_FILE_BYTES = 20 * 1024 * 1024
const MAX_REQUEST_BYTES = 4 * MAX_FILE_BYTES

const NOTICES = {
  created: "seller.product.notice.created",
  saved: "seller.product.notice.saved",
  published: "seller.notice.published",
  unpublished: "seller.notice.unpublished",
} as const satisfies Record<string, MessageKey>
type Notice = keyof typeof NOTICES

function notFound(): never {
  throw data(null, { status: 404 })
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const isNew = params.id === NEW
  return withSellerToken(request, async (token) => {
    const [me, product, categories] = await Promise.all([
      getMe(token, lang),
      isNew
        ? null
        : getVendorProduct(token, params.id, lang)
            .then((answer) => answer.product)
            .catch((error: unknown) => {
              if (isVendorApiError(error) && error.status === 404) {
                notFound()
              }
              throw error
            }),
      listCategories(lang).catch(() => []),
    ])
    const notice = new URL(request.url).searchParams.get("notice")
    const title = product
      ? translate(lang, "seller.product.edit_title", { title: localized(product.title, lang) })
      : translate(lang, "seller.product.new_title")
    return {
      title,
      isNew,
      product: product ? { id: product.id, handle: product.handle, status: product.status } : null,
      draft: product ? draftFromProduct(product) : emptyDraft(),
      revision: product ? `${product.id}:${product.updated_at ?? ""}` : NEW,
      categories: categories.map((c) => ({ id: c.id, name: c.name })),
      sellerStatus: me.seller.status,
      notice: notice && Object.hasOwn(NOTICES, notice) ? (notice as Notice) : null,
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

export type ProductActionResult = {
  draft: ProductDraft
  /** Changes with every answer: the form is drawn afresh from `draft` (file inputs emptied). */
  attempt: string
  fieldErrors?: Record<string, string>
  messages?: string[]
  photoError?: string
  photoAdded?: boolean
  focusRow?: string
  /** The first tap on "delete" asks again (works without JavaScript). */
  confirmDelete?: boolean
}

function refusalText(lang: Lang, error: VendorApiError): string {
  return (error.code && sellerCodeMessage(lang, error.code)) || error.message || translate(lang, "error.body")
}

/** Uploads the chosen files (camera and gallery inputs, both named `file`) into the draft. */
async function uploadChosen(
  lang: Lang,
  token: string,
  form: FormData,
  draft: ProductDraft
): Promise<{ draft: ProductDraft; error?: string; added: boolean }> {
  const files = form.getAll("file").filter((entry): entry is File => entry instanceof File && entry.size > 0)
  let current = draft
  let error: string | undefined
  let added = false
  for (const file of files) {
    if (current.photos.length >= MAX_PHOTOS) {
      error = translate(lang, "seller.photos.full", { max: MAX_PHOTOS })
      break
    }
    if (file.type && !file.type.startsWith("image/")) {
      error = translate(lang, "seller.photos.not_image")
      continue
    }
    if (file.size > MAX_FILE_BYTES) {
      error = translate(lang, "seller.photos.too_big", { mb: MAX_FILE_BYTES / 1024 / 1024 })
      continue
    }
    try {
      const { photo } = await uploadPhoto(token, file)
      current = addPhoto(current, photo)
      added = true
    } catch (uploadError) {
      if (isRefusal(uploadError) && uploadError.status !== 401) {
        // The photo pipeline's 400 says what is wrong (size, pixels, format), in Vietnamese.
        error = uploadError.message || translate(lang, "seller.photos.not_image")
        continue
      }
      throw uploadError
    }
  }
  return { draft: current, error, added }
}

export async function action({ request, params }: Route.ActionArgs) {
  const lang = await readLang(request)
  const isNew = params.id === NEW
  return withSellerToken(request, async (token) => {
    const length = Number(request.headers.get("content-length") ?? 0)
    if (length > MAX_REQUEST_BYTES) {
      return data<ProductActionResult>(
        {
          draft: emptyDraft(),
          attempt: randomUUID(),
          photoError: translate(lang, "seller.photos.too_big", { mb: MAX_FILE_BYTES / 1024 / 1024 }),
        },
        413
      )
    }
    const form = await request.formData()
    const intent = typeof form.get("intent") === "string" ? String(form.get("intent")) : "save"

    if (intent === "delete" || intent === "confirm_delete") {
      if (isNew) {
        notFound()
      }
      if (intent === "confirm_delete") {
        const { product } = await getVendorProduct(token, params.id, lang)
        return data<ProductActionResult>({
          draft: draftFromProduct(product),
          attempt: randomUUID(),
          confirmDelete: true,
        })
      }
      await deleteVendorProduct(token, params.id)
      return redirect(`${SELLER_HOME}?notice=deleted`, 303)
    }

    if (intent === "publish" || intent === "unpublish") {
      if (isNew) {
        notFound()
      }
      try {
        await publishVendorProduct(token, params.id, intent === "publish")
      } catch (error) {
        if (isRefusal(error)) {
          const { product } = await getVendorProduct(token, params.id, lang)
          return data<ProductActionResult>(
            { draft: draftFromProduct(product), attempt: randomUUID(), messages: [refusalText(lang, error)] },
            400
          )
        }
        throw error
      }
      return redirect(
        `${sellerProductPath(params.id)}?notice=${intent === "publish" ? "published" : "unpublished"}`,
        303
      )
    }

    const upload = await uploadChosen(lang, token, form, readProductForm(form))
    const draft = upload.draft
    const base = { attempt: randomUUID(), photoError: upload.error, photoAdded: upload.added }

    const removeRow = intentIndex(intent, "remove_variant")
    const removePhotoAt = intentIndex(intent, "remove_photo")
    if (intent === "add_variant") {
      const more = addVariantRow(draft)
      return data<ProductActionResult>({ ...base, draft: more, focusRow: more.variants.at(-1)?.row })
    }
    if (removeRow !== null) {
      return data<ProductActionResult>({ ...base, draft: removeVariantRow(draft, removeRow) })
    }
    if (removePhotoAt !== null) {
      return data<ProductActionResult>({ ...base, draft: removePhoto(draft, removePhotoAt) })
    }
    if (intent === UPLOAD_INTENT || upload.error) {
      // A refused photo stops a save: the seller sees why before anything is stored.
      return data<ProductActionResult>({ ...base, draft }, upload.error ? 400 : 200)
    }

    const check = checkProductDraft(draft)
    if (!check.ok) {
      return data<ProductActionResult>({ ...base, draft, fieldErrors: translateErrors(lang, check.errors) }, 400)
    }
    let savedId: string
    try {
      const { product } = isNew
        ? await createVendorProduct(token, check.input)
        : await updateVendorProduct(token, params.id, check.input)
      savedId = product.id
    } catch (error) {
      if (isVendorApiError(error) && error.status === 404) {
        notFound()
      }
      if (isRefusal(error)) {
        // The API names the input's variants; blank rows were skipped, so map back to the form's rows.
        const issues = error.issues?.map((issue) => ({
          ...issue,
          field: draftFieldName(issueFieldName(issue.field) ?? "", check.rows),
        }))
        const refusal = { status: error.status, code: error.code, message: error.message, issues }
        const mapped = apiFormErrors(lang, refusal, productFieldNames(draft))
        return data<ProductActionResult>(
          { ...base, draft, fieldErrors: mapped.fieldErrors, messages: mapped.messages },
          400
        )
      }
      throw error
    }
    return redirect(`${sellerProductPath(savedId)}?notice=${isNew ? "created" : "saved"}`, 303)
  })
}

export default function SellerProduct({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const navigation = useNavigation()
  const { product, isNew } = loaderData
  const draft = actionData?.draft ?? loaderData.draft
  const errors = actionData?.fieldErrors ?? {}
  const saving = navigation.state === "submitting" && navigation.formData?.get("intent") === "save"
  const published = product?.status === "published"
  const canPublish = loaderData.sellerStatus === "approved"
  return (
    <div className="page narrow seller-product-page">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to={SELLER_HOME}>{t("seller.channel")}</Link> <span aria-hidden="true">›</span>{" "}
        {t("seller.products.heading")}
      </nav>
      <h1 id="product-form-title">{isNew ? t("seller.product.new_heading") : t("seller.product.edit_heading")}</h1>
      {loaderData.notice && !actionData ? <Alert kind="success">{t(NOTICES[loaderData.notice])}</Alert> : null}

      {product ? (
        <section className="status-line" aria-labelledby="product-status-title">
          <h2 id="product-status-title" className="visually-hidden">
            {t("seller.product.status_title")}
          </h2>
          <p>
            <span className={published ? "status-badge status-badge-on" : "status-badge"}>
              {t(productStatusKey(product.status))}
            </span>{" "}
            {published ? t("seller.product.published_hint") : t("seller.product.draft_hint")}
          </p>
          {canPublish || published ? (
            <Form method="post">
              <SubmitButton
                intent={published ? "unpublish" : "publish"}
                className={published ? "button button-secondary" : "button"}
              >
                {published ? t("seller.products.unpublish") : t("seller.products.publish")}
              </SubmitButton>
            </Form>
          ) : (
            <p className="muted small">{t("seller.code.seller_not_approved")}</p>
          )}
        </section>
      ) : null}

      {actionData?.messages?.map((message) => (
        <Alert key={message} kind="error">
          {message}
        </Alert>
      ))}

      <Form
        method="post"
        encType="multipart/form-data"
        noValidate
        className="stack-form"
        aria-labelledby="product-form-title"
        key={actionData?.attempt ?? loaderData.revision}
        preventScrollReset
      >
        <DefaultSubmit intent="save" />
        <ErrorSummary errors={actionData?.fieldErrors} order={productFieldNames(draft)} />
        <p className="muted small">{t("form.required_note")}</p>
        <fieldset>
          <legend>{t("seller.product.about")}</legend>
          <Field name={PRODUCT_FIELDS.titleVi} label={t("seller.product.title_vi")} error={errors["title.vi"]} required>
            {(control) => <input {...control} type="text" autoComplete="off" defaultValue={draft.title_vi} />}
          </Field>
          <Field
            name={PRODUCT_FIELDS.titleEn}
            label={t("seller.product.title_en")}
            hint={t("seller.product.optional_en")}
            error={errors["title.en"]}
          >
            {(control) => <input {...control} type="text" autoComplete="off" lang="en" defaultValue={draft.title_en} />}
          </Field>
          <Field
            name={PRODUCT_FIELDS.descriptionVi}
            label={t("seller.product.description_vi")}
            hint={t("seller.product.description_hint")}
            error={errors["description.vi"]}
          >
            {(control) => <textarea {...control} rows={6} defaultValue={draft.description_vi} />}
          </Field>
          <Field
            name={PRODUCT_FIELDS.descriptionEn}
            label={t("seller.product.description_en")}
            hint={t("seller.product.optional_en")}
            error={errors["description.en"]}
          >
            {(control) => <textarea {...control} rows={6} lang="en" defaultValue={draft.description_en} />}
          </Field>
          <Field name={PRODUCT_FIELDS.category} label={t("seller.product.category")} error={errors.category_id}>
            {(control) => (
              <select {...control} defaultValue={draft.category_id}>
                <option value="">{t("seller.product.category_none")}</option>
                {loaderData.categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <VariantRows rows={draft.variants} errors={errors} focusRow={actionData?.focusRow} />

        <PhotoPicker
          photos={draft.photos}
          error={actionData?.photoError}
          added={actionData?.photoAdded}
          resetKey={actionData?.attempt ?? loaderData.revision}
        />

        {isNew ? <p className="muted small">{t("seller.product.draft_note")}</p> : null}
        <SubmitButton intent="save" className="button button-primary button-wide">
          {t("seller.product.save")}
        </SubmitButton>
        <p className="muted small" aria-live="polite">
          {saving ? t("seller.product.saving") : ""}
        </p>
      </Form>

      {product ? (
        <section aria-labelledby="delete-title" className="product-section">
          <h2 id="delete-title">{t("seller.product.delete_title")}</h2>
          <Form method="post">
            {actionData?.confirmDelete ? (
              <>
                <Alert kind="error">{t("seller.product.delete_confirm", { title: draft.title_vi })}</Alert>
                <SubmitButton intent="delete" className="button button-danger">
                  {t("seller.product.delete_yes")}
                </SubmitButton>
              </>
            ) : (
              <>
                <p className="muted small">{t("seller.product.delete_hint")}</p>
                <SubmitButton intent="confirm_delete" className="button button-secondary">
                  {t("seller.product.delete")}
                </SubmitButton>
              </>
            )}
          </Form>
        </section>
      ) : null}
    </div>
  )
}
