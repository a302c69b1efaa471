import { data, Form, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { LangSwitch } from "~/components/stall/LangSwitch"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { readTokenClaims } from "~/lib/jwt"
import { translateErrors } from "~/lib/seller-actions.server"
import { line, normalizeEmail, readPassword, validateCredentials } from "~/lib/seller-form"
import { deviceLabel, deviceRefusalKey, readStallToken, startStallSession } from "~/lib/stall.server"
import { registerDevice } from "~/lib/stall-api.server"
import { isStallSignInReason, STALL_HOME } from "~/lib/stall-paths"
import { useT } from "~/lib/use-t"
import { isRefusal, signIn } from "~/lib/vendor-api.server"
import type { Route } from "./+types/sign-in"

export async function loader({ request }: Route.LoaderArgs) {
  if (await readStallToken(request)) {
    throw redirect(STALL_HOME)
  }
  const lang = await readLang(request)
  const reason = new URL(request.url).searchParams.get("reason")
  return { title: translate(lang, "stall.signin.meta_title"), reason: isStallSignInReason(reason) ? reason : null }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { email: string; fieldErrors?: Record<string, string>; message?: MessageKey }

export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const email = normalizeEmail(line(form, "email"))
  const password = readPassword(form)
  const errors = validateCredentials(email, password, { newPassword: false })
  if (Object.keys(errors).length) {
    return data<ActionResult>({ email, fieldErrors: translateErrors(lang, errors) }, 400)
  }
  let jwt: string
  try {
    const answer = await signIn(email, password)
    if (answer.mfa_required || answer.verification_required) {
      return data<ActionResult>({ email, message: "stall.signin.error.wrong" }, 400)
    }
    jwt = answer.token
  } catch (error) {
    if (isRefusal(error)) {
      return data<ActionResult>({ email, message: "stall.signin.error.wrong" }, 400)
    }
    throw error
  }
  if (!readTokenClaims(jwt)?.actorId) {
    return data<ActionResult>({ email, message: "stall.signin.error.no_stall" }, 400)
  }
  let token: string
  try {
    token = (await registerDevice(jwt, deviceLabel(request.headers.get("user-agent"), lang))).token
  } catch (error) {
    if (isRefusal(error)) {
      return data<ActionResult>({ email, message: deviceRefusalKey(error) }, 400)
    }
    throw error
  }
  // Only the device token is kept; the seller's JWT ends with this request.
  return redirect(STALL_HOME, { status: 303, headers: { "Set-Cookie": await startStallSession(token) } })
}

export default function StallSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const errors = actionData?.fieldErrors ?? {}
  return (
    <section className="stall-page" aria-labelledby="stall-signin-title">
      <LangSwitch />
      <h1 id="stall-signin-title">{t("stall.signin.title")}</h1>
      <p className="stall-lead">{t("stall.signin.lead")}</p>
      {loaderData.reason && !actionData ? (
        <Alert kind="info">{t(`stall.signin.reason.${loaderData.reason}`)}</Alert>
      ) : null}
      {actionData?.message ? <Alert kind="error">{t(actionData.message)}</Alert> : null}
      <Form method="post" noValidate className="stack-form stall-form">
        <ErrorSummary errors={actionData?.fieldErrors} order={["email", "password"]} />
        <Field name="email" label={t("stall.signin.email")} error={errors.email} required>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              inputMode="email"
              defaultValue={actionData?.email ?? ""}
            />
          )}
        </Field>
        <Field name="password" label={t("stall.signin.password")} error={errors.password} required>
          {(control) => <input {...control} type="password" autoComplete="current-password" />}
        </Field>
        <SubmitButton className="button button-primary stall-big-button">{t("stall.signin.submit")}</SubmitButton>
      </Form>
    </section>
  )
}
