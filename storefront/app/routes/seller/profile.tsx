import { data, Form, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { DefaultSubmit } from "~/components/DefaultSubmit"
import { ErrorSummary } from "~/components/ErrorSummary"
import { SubmitButton } from "~/components/SubmitButton"
import { SellerContactFields } from "~/components/seller/SellerContactFields"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { withSellerToken } from "~/lib/seller.server"
import { apiFormErrors, translateErrors } from "~/lib/seller-actions.server"
import { PROFILE_FIELDS, type ProfileValues, readProfileForm, toProfileInput, validateProfile } from "~/lib/seller-form"
import { kindKey, legalFormKey, sellerStatusKey } from "~/lib/seller-labels"
import { SELLER_HOME } from "~/lib/seller-paths"
import { unitLists, wardsOf } from "~/lib/seller-units.server"
import type { WardVM } from "~/lib/types"
import { useT } from "~/lib/use-t"
import { getMe, isRefusal, reapply, updateMe } from "~/lib/vendor-api.server"
import type { SellerDTO } from "~/lib/vendor-types"
import { listProvinces } from "~/lib/vn-address.server"
import type { Route } from "./+types/profile"

function profileValues(seller: SellerDTO): ProfileValues {
  return {
    phone: seller.phone ?? "",
    email: seller.email ?? "",
    province_code: seller.province_code ?? "",
    ward_code: seller.ward_code ?? "",
    address_line: seller.address_line ?? "",
    bank_bin: seller.bank_bin ?? "",
    bank_account_number: seller.bank_account_number ?? "",
    bank_account_name: seller.bank_account_name ?? "",
    story_vi: seller.story_vi ?? "",
    story_en: seller.story_en ?? "",
  }
}

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const { member, seller } = await getMe(token, lang)
    const [provinces, wards] = await Promise.all([listProvinces().catch(() => []), wardsOf(seller.province_code ?? "")])
    return {
      title: translate(lang, "seller.profile.meta_title"),
      isOwner: member.role === "owner",
      identity: {
        name: seller.name,
        kind: seller.kind,
        legalForm: seller.legal_form,
        taxCode: seller.tax_code,
        businessRegistration: seller.business_registration_number,
        representative: seller.representative,
        idLast4: seller.id_number_last4 ?? null,
      },
      status: seller.status,
      reason: seller.status_reason ?? null,
      values: profileValues(seller),
      provinces,
      wards,
      saved: new URL(request.url).searchParams.get("saved") === "1",
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = {
  values: ProfileValues
  wards: WardVM[]
  fieldErrors?: Record<string, string>
  messages?: string[]
  message?: MessageKey
}

/** Save (`POST /vendor/me`), and for a rejected seller "save and apply again" (`POST /vendor/me/reapply`). */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const intent = form.get("intent")
    const values = readProfileForm(form)
    if (intent === "choose_ward") {
      return data<ActionResult>({ values, wards: await wardsOf(values.province_code) })
    }
    // Who may change the payout account is the backend's rule; asking keeps the form honest.
    const { member } = await getMe(token)
    const bank = member.role === "owner"
    const { units, wards } = await unitLists(values.province_code)
    const errors = validateProfile(values, units, { bank })
    if (Object.keys(errors).length) {
      return data<ActionResult>({ values, wards, fieldErrors: translateErrors(lang, errors) }, 400)
    }
    try {
      await updateMe(token, toProfileInput(values, { bank }))
      if (intent === "save_reapply") {
        await reapply(token)
        return redirect(`${SELLER_HOME}?notice=reapplied`, 303)
      }
    } catch (error) {
      if (isRefusal(error)) {
        const mapped = apiFormErrors(lang, error, PROFILE_FIELDS)
        return data<ActionResult>({ values, wards, fieldErrors: mapped.fieldErrors, messages: mapped.messages }, 400)
      }
      throw error
    }
    return redirect("/kenh-nguoi-ban/ho-so?saved=1", 303)
  })
}

export default function SellerProfile({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { identity } = loaderData
  const values = actionData?.values ?? loaderData.values
  const errors = actionData?.fieldErrors ?? {}
  const rejected = loaderData.status === "rejected"
  return (
    <div className="page narrow">
      <h1 id="profile-title">{t("seller.profile.title")}</h1>
      {loaderData.saved && !actionData ? <Alert kind="success">{t("seller.profile.saved")}</Alert> : null}
      {rejected ? (
        <Alert kind="info">
          <strong>{t(sellerStatusKey(loaderData.status))}.</strong> {t("seller.profile.reapply_hint")}
          {loaderData.reason ? (
            <>
              <br />
              {t("seller.reason_label")}: {loaderData.reason}
            </>
          ) : null}
        </Alert>
      ) : null}
      <section aria-labelledby="identity-title" className="product-section">
        <h2 id="identity-title">{t("seller.profile.identity")}</h2>
        <dl className="details">
          <dt>{t("seller.facts.legal_name")}</dt>
          <dd>{identity.name}</dd>
          <dt>{t("seller.facts.kind")}</dt>
          <dd>{t(kindKey(identity.kind))}</dd>
          <dt>{t("seller.facts.legal_form")}</dt>
          <dd>{t(legalFormKey(identity.legalForm))}</dd>
          {identity.taxCode ? (
            <>
              <dt>{t("seller.facts.tax_code")}</dt>
              <dd>{identity.taxCode}</dd>
            </>
          ) : null}
          {identity.businessRegistration ? (
            <>
              <dt>{t("seller.facts.business_registration")}</dt>
              <dd>{identity.businessRegistration}</dd>
            </>
          ) : null}
          <dt>{t("seller.facts.representative")}</dt>
          <dd>{identity.representative}</dd>
          {identity.idLast4 ? (
            <>
              <dt>{t("seller.register.id_number")}</dt>
              <dd>{t("seller.profile.id_masked", { last4: identity.idLast4 })}</dd>
            </>
          ) : null}
        </dl>
        <p className="muted small">{t("seller.profile.identity_hint")}</p>
      </section>
      {actionData?.messages?.map((message) => (
        <Alert key={message} kind="error">
          {message}
        </Alert>
      ))}
      <Form method="post" noValidate className="stack-form" aria-labelledby="profile-title">
        <DefaultSubmit intent="save" />
        <ErrorSummary errors={actionData?.fieldErrors} order={PROFILE_FIELDS} />
        <p className="muted small">{t("form.required_note")}</p>
        <SellerContactFields
          values={values}
          errors={errors}
          provinces={loaderData.provinces}
          wards={actionData?.wards ?? loaderData.wards}
          bankReadOnly={!loaderData.isOwner}
        />
        {rejected ? (
          <SubmitButton intent="save_reapply" className="button button-primary button-wide">
            {t("seller.profile.save_reapply")}
          </SubmitButton>
        ) : null}
        <SubmitButton
          intent="save"
          className={rejected ? "button button-secondary button-wide" : "button button-primary button-wide"}
        >
          {t("seller.profile.save")}
        </SubmitButton>
      </Form>
    </div>
  )
}
