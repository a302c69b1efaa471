import { data, Form, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { formatDate } from "~/lib/format"
import { translate } from "~/lib/i18n"
import { withSellerToken } from "~/lib/seller.server"
import { apiFormErrors, translateErrors } from "~/lib/seller-actions.server"
import { line, normalizeEmail, validateCredentials } from "~/lib/seller-form"
import { roleKey } from "~/lib/seller-labels"
import { SELLER_MEMBERS } from "~/lib/seller-paths"
import { useLang, useT } from "~/lib/use-t"
import { getMe, inviteMember, isRefusal, listMembers, removeMember } from "~/lib/vendor-api.server"
import type { Route } from "./+types/members"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const [me, { members, invites }] = await Promise.all([getMe(token, lang), listMembers(token)])
    const now = Date.now()
    return {
      title: translate(lang, "seller.members.meta_title"),
      isOwner: me.member.role === "owner",
      members: members.map((m) => ({
        id: m.id,
        name: m.name,
        email: m.email,
        role: m.role,
        isMe: m.id === me.member.id,
      })),
      invites: invites
        .filter((invite) => !invite.accepted_at)
        .map((invite) => ({
          id: invite.id,
          email: invite.email,
          expiresAt: invite.expires_at,
          expired: new Date(invite.expires_at).getTime() <= now,
        })),
      invited: new URL(request.url).searchParams.get("invited"),
      removed: new URL(request.url).searchParams.get("removed"),
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = {
  email: string
  fieldErrors?: Record<string, string>
  messages?: string[]
  /** A refused removal: whose, and why. */
  removal?: { memberId: string; message: string }
}

/**
 * The owner invites a staff member by e-mail (`POST /vendor/members/invites`), or takes one off
 * the seller (`DELETE /vendor/members/:id`, intent `remove`).
 */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    if (form.get("intent") === "remove") {
      const memberId = line(form, "member_id")
      const name = line(form, "member_name")
      try {
        await removeMember(token, memberId, lang)
      } catch (error) {
        if (isRefusal(error) && error.status !== 401) {
          return data<ActionResult>({ email: "", removal: { memberId, message: error.message } }, error.status)
        }
        throw error
      }
      return redirect(`${SELLER_MEMBERS}?removed=${encodeURIComponent(name)}`, 303)
    }
    const email = normalizeEmail(line(form, "email"))
    const errors = validateCredentials(email, null)
    if (Object.keys(errors).length) {
      return data<ActionResult>({ email, fieldErrors: translateErrors(lang, errors) }, 400)
    }
    try {
      await inviteMember(token, email)
    } catch (error) {
      if (isRefusal(error)) {
        const mapped = apiFormErrors(lang, error, ["email"], { seller_already_member: "email" })
        return data<ActionResult>({ email, fieldErrors: mapped.fieldErrors, messages: mapped.messages }, 400)
      }
      throw error
    }
    return redirect(`${SELLER_MEMBERS}?invited=${encodeURIComponent(email)}`, 303)
  })
}

export default function SellerMembers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  const errors = actionData?.fieldErrors ?? {}
  return (
    <div className="page narrow">
      <h1>{t("seller.members.title")}</h1>
      {loaderData.invited && !actionData ? (
        <Alert kind="success">{t("seller.members.invited", { email: loaderData.invited })}</Alert>
      ) : null}
      {loaderData.removed && !actionData ? (
        <Alert kind="success">{t("seller.members.removed", { name: loaderData.removed })}</Alert>
      ) : null}

      <section aria-labelledby="members-title" className="product-section">
        <h2 id="members-title">{t("seller.members.list_title", { count: loaderData.members.length })}</h2>
        <ul className="member-list" role="list">
          {loaderData.members.map((member) => (
            <li key={member.id} className="member">
              <p className="member-name">
                {member.name}
                {member.isMe ? <span className="muted"> ({t("seller.members.you")})</span> : null}
              </p>
              <p className="muted">
                {member.email} · {t(roleKey(member.role))}
              </p>
              {loaderData.isOwner && member.role !== "owner" && !member.isMe ? (
                <RemoveMember
                  member={member}
                  error={actionData?.removal?.memberId === member.id ? actionData.removal.message : undefined}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="invites-title" className="product-section">
        <h2 id="invites-title">{t("seller.members.invites_title")}</h2>
        {loaderData.invites.length ? (
          <ul className="member-list" role="list">
            {loaderData.invites.map((invite) => (
              <li key={invite.id} className="member">
                <p className="member-name">{invite.email}</p>
                <p className={invite.expired ? "stock-out" : "muted"}>
                  {invite.expired
                    ? t("seller.members.invite_expired")
                    : t("seller.members.invite_until", { date: formatDate(lang, invite.expiresAt) })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("seller.members.no_invites")}</p>
        )}
      </section>

      {loaderData.isOwner ? (
        <section aria-labelledby="invite-title" className="product-section">
          <h2 id="invite-title">{t("seller.members.invite_title")}</h2>
          <p>{t("seller.members.invite_lead")}</p>
          {actionData?.messages?.map((message) => (
            <Alert key={message} kind="error">
              {message}
            </Alert>
          ))}
          <Form method="post" noValidate className="stack-form">
            <ErrorSummary errors={actionData?.fieldErrors} order={["email"]} />
            <Field name="email" label={t("seller.members.invite_email")} error={errors.email} required>
              {(control) => (
                <input
                  {...control}
                  type="email"
                  autoComplete="off"
                  inputMode="email"
                  defaultValue={actionData?.email ?? ""}
                />
              )}
            </Field>
            <SubmitButton className="button button-primary">{t("seller.members.invite_submit")}</SubmitButton>
          </Form>
        </section>
      ) : (
        <p className="muted">{t("seller.members.staff_note")}</p>
      )}
    </div>
  )
}

/** Folded under the member: what removal does, then one confirming button. */
function RemoveMember({ member, error }: { member: { id: string; name: string }; error?: string }) {
  const t = useT()
  return (
    <details className="member-remove danger-fold" open={Boolean(error)}>
      <summary>{t("seller.members.remove_open", { name: member.name })}</summary>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <p className="muted small">{t("seller.members.remove_lead")}</p>
      <Form method="post">
        <input type="hidden" name="member_id" value={member.id} />
        <input type="hidden" name="member_name" value={member.name} />
        <SubmitButton intent="remove" match={{ member_id: member.id }} className="button button-danger">
          {t("seller.members.remove_submit", { name: member.name })}
        </SubmitButton>
      </Form>
    </details>
  )
}
