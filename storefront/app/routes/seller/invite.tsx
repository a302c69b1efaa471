import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { readTokenClaims } from "~/lib/jwt"
import { startSellerSession } from "~/lib/seller.server"
import { apiFormErrors, translateErrors } from "~/lib/seller-actions.server"
import {
  type FieldErrors,
  line,
  MIN_PASSWORD,
  normalizeEmail,
  readPassword,
  validateCredentials,
} from "~/lib/seller-form"
import { SELLER_HOME, SELLER_SIGN_IN, signInPath } from "~/lib/seller-paths"
import { useT } from "~/lib/use-t"
import { acceptInvite, isRefusal, refreshToken, registerIdentity, signIn } from "~/lib/vendor-api.server"
import type { Route } from "./+types/invite"

/** The e-mailed link: `/kenh-nguoi-ban/loi-moi?token=…`. */
export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return {
    title: translate(lang, "seller.invite.meta_title"),
    token: new URL(request.url).searchParams.get("token") ?? "",
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [
    { title: loaderData?.title ?? "Chợ Số" },
    { name: "robots", content: "noindex" },
    { name: "referrer", content: "no-referrer" },
  ]
}

const FIELDS = ["name", "email", "password"] as const
type ActionResult = { name: string; email: string; fieldErrors?: Record<string, string>; messages?: string[] }

/**
 * Accepting: an auth identity for the invited e-mail (registered, or signed in when it exists and
 * has no seller yet), `POST /vendor/invites/accept` with its token, then a refreshed token that
 * carries the new member → signed in.
 */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const inviteToken = line(form, "token")
  const name = line(form, "name")
  const email = normalizeEmail(line(form, "email"))
  const password = readPassword(form)
  const keep = { name, email }
  const errors: FieldErrors<(typeof FIELDS)[number]> = {
    ...(name ? {} : { name: "seller.invite.error.name_required" as const }),
    ...validateCredentials(email, password),
  }
  if (!inviteToken) {
    return data<ActionResult>({ ...keep, messages: [translate(lang, "seller.code.seller_invite_invalid")] }, 400)
  }
  if (Object.keys(errors).length) {
    return data<ActionResult>({ ...keep, fieldErrors: translateErrors(lang, errors) }, 400)
  }
  let token: string
  try {
    token = await registerIdentity(email, password)
  } catch (error) {
    if (!isRefusal(error)) {
      throw error
    }
    try {
      token = (await signIn(email, password)).token
    } catch (signInError) {
      if (isRefusal(signInError)) {
        return data<ActionResult>(
          { ...keep, fieldErrors: { email: translate(lang, "seller.register.error.email_taken") } },
          400
        )
      }
      throw signInError
    }
    if (readTokenClaims(token)?.actorId) {
      return data<ActionResult>(
        { ...keep, fieldErrors: { email: translate(lang, "seller.register.error.already_seller") } },
        400
      )
    }
  }
  try {
    await acceptInvite(token, inviteToken, name)
  } catch (error) {
    if (isRefusal(error)) {
      const mapped = apiFormErrors(lang, error, FIELDS, { seller_already_member: "email" })
      return data<ActionResult>({ ...keep, fieldErrors: mapped.fieldErrors, messages: mapped.messages }, 400)
    }
    throw error
  }
  let session: string
  try {
    session = await refreshToken(token)
  } catch (error) {
    if (isRefusal(error)) {
      return redirect(signInPath("registered"), 303)
    }
    throw error
  }
  return redirect(`${SELLER_HOME}?notice=joined`, {
    status: 303,
    headers: { "Set-Cookie": await startSellerSession(session) },
  })
}

export default function SellerInvite({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const errors = actionData?.fieldErrors ?? {}
  return (
    <section className="page narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">{t("seller.invite.title")}</h1>
      {!loaderData.token ? (
        <Alert kind="error">{t("seller.invite.no_token")}</Alert>
      ) : (
        <>
          <p>{t("seller.invite.lead")}</p>
          {actionData?.messages?.map((message) => (
            <Alert key={message} kind="error">
              {message}
            </Alert>
          ))}
          <Form method="post" noValidate className="stack-form">
            <ErrorSummary errors={actionData?.fieldErrors} order={FIELDS} />
            <input type="hidden" name="token" value={loaderData.token} />
            <Field name="name" label={t("seller.invite.name")} error={errors.name} required>
              {(control) => (
                <input {...control} type="text" autoComplete="name" defaultValue={actionData?.name ?? ""} />
              )}
            </Field>
            <Field
              name="email"
              label={t("seller.signin.email")}
              hint={t("seller.invite.email_hint")}
              error={errors.email}
              required
            >
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
            <Field
              name="password"
              label={t("seller.register.password")}
              hint={t("seller.password_hint", { min: MIN_PASSWORD })}
              error={errors.password}
              required
            >
              {(control) => <input {...control} type="password" autoComplete="new-password" minLength={MIN_PASSWORD} />}
            </Field>
            <SubmitButton className="button button-primary button-wide">{t("seller.invite.submit")}</SubmitButton>
          </Form>
        </>
      )}
      <p>
        {t("seller.invite.have_account")} <Link to={SELLER_SIGN_IN}>{t("seller.signin.submit")}</Link>
      </p>
    </section>
  )
}
