import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { type MessageKey, translate } from "~/lib/i18n"
import { readTokenClaims } from "~/lib/jwt"
import { readSellerToken, startSellerSession } from "~/lib/seller.server"
import { translateErrors } from "~/lib/seller-actions.server"
import { line, normalizeEmail, readPassword, validateCredentials } from "~/lib/seller-form"
import {
  channelPath,
  isSignInReason,
  SELLER_FORGOT,
  SELLER_HOME,
  SELLER_REGISTER,
  type SignInReason,
} from "~/lib/seller-paths"
import { useT } from "~/lib/use-t"
import { isRefusal, signIn } from "~/lib/vendor-api.server"
import type { Route } from "./+types/sign-in"

const REASON_KEYS: Record<SignInReason, { kind: "info" | "success"; key: MessageKey }> = {
  required: { kind: "info", key: "seller.signin.reason.required" },
  expired: { kind: "info", key: "seller.signin.reason.expired" },
  signed_out: { kind: "success", key: "seller.signin.reason.signed_out" },
  password_changed: { kind: "success", key: "seller.signin.reason.password_changed" },
  registered: { kind: "success", key: "seller.signin.reason.registered" },
}

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  const next = channelPath(url.searchParams.get("next"))
  if (await readSellerToken(request)) {
    throw redirect(next ?? SELLER_HOME)
  }
  const reason = url.searchParams.get("reason")
  return {
    title: translate(lang, "seller.signin.meta_title"),
    reason: isSignInReason(reason) ? reason : null,
    next,
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = {
  email: string
  fieldErrors?: Record<string, string>
  message?: MessageKey
}

export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const email = normalizeEmail(line(form, "email"))
  const password = readPassword(form)
  const errors = validateCredentials(email, password, { newPassword: false })
  if (Object.keys(errors).length) {
    return data<ActionResult>({ email, fieldErrors: translateErrors(lang, errors) }, 400)
  }
  let token: string
  try {
    const answer = await signIn(email, password)
    if (answer.mfa_required || answer.verification_required) {
      return data<ActionResult>({ email, message: "seller.signin.error.extra_step" }, 400)
    }
    token = answer.token
  } catch (error) {
    if (isRefusal(error)) {
      return data<ActionResult>({ email, message: "seller.signin.error.wrong" }, 400)
    }
    throw error
  }
  // A correct password for an e-mail that has no seller yet (a shopper's account, or a
  // registration that stopped half-way): registering again with it finishes the job.
  if (!readTokenClaims(token)?.actorId) {
    return data<ActionResult>({ email, message: "seller.signin.error.not_seller" }, 400)
  }
  const next = channelPath(form.get("next")) ?? SELLER_HOME
  return redirect(next, { status: 303, headers: { "Set-Cookie": await startSellerSession(token) } })
}

export default function SellerSignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const reason = loaderData.reason ? REASON_KEYS[loaderData.reason] : null
  const errors = actionData?.fieldErrors ?? {}
  return (
    <section className="page narrow" aria-labelledby="signin-title">
      <h1 id="signin-title">{t("seller.signin.title")}</h1>
      {reason && !actionData ? <Alert kind={reason.kind}>{t(reason.key)}</Alert> : null}
      {actionData?.message ? (
        <Alert kind="error">
          {t(actionData.message)}
          {actionData.message === "seller.signin.error.not_seller" ? (
            <>
              {" "}
              <Link to={SELLER_REGISTER}>{t("seller.signin.register_link")}</Link>
            </>
          ) : null}
        </Alert>
      ) : null}
      <Form method="post" noValidate className="stack-form">
        <ErrorSummary errors={actionData?.fieldErrors} order={["email", "password"]} />
        {loaderData.next ? <input type="hidden" name="next" value={loaderData.next} /> : null}
        <Field name="email" label={t("seller.signin.email")} error={errors.email} required>
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
        <Field name="password" label={t("seller.signin.password")} error={errors.password} required>
          {(control) => <input {...control} type="password" autoComplete="current-password" />}
        </Field>
        <SubmitButton className="button button-primary button-wide">{t("seller.signin.submit")}</SubmitButton>
      </Form>
      <p>
        <Link to={SELLER_FORGOT}>{t("seller.signin.forgot")}</Link>
      </p>
      <p>
        {t("seller.signin.no_account")} <Link to={SELLER_REGISTER}>{t("seller.signin.register_link")}</Link>
      </p>
    </section>
  )
}
