import { data, Form, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { SubmitButton } from "~/components/SubmitButton"
import { StallHeader } from "~/components/stall/StallHeader"
import { readLang } from "~/lib/cookies.server"
import { formatDate } from "~/lib/format"
import { translate } from "~/lib/i18n"
import { withStallDevice } from "~/lib/stall.server"
import { getStallMe, listStallDevices, revokeStallDevice } from "~/lib/stall-api.server"
import { STALL_DEVICES, STALL_SIGN_OUT } from "~/lib/stall-paths"
import { useLang, useT } from "~/lib/use-t"
import { isRefusal } from "~/lib/vendor-api.server"
import type { Route } from "./+types/devices"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const [me, { devices }] = await withStallDevice(request, (token) =>
    Promise.all([getStallMe(token), listStallDevices(token)])
  )
  return {
    title: translate(lang, "stall.devices.meta_title"),
    stall: me.stall,
    devices: devices.filter((device) => device.revoked_at === null),
    revoked: new URL(request.url).searchParams.has("revoked"),
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

/** Signs another phone of the stall out (a lost or sold phone). */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const id = String(form.get("device_id") ?? "")
  if (!id) {
    return redirect(STALL_DEVICES, { status: 303 })
  }
  try {
    await withStallDevice(request, (token) => revokeStallDevice(token, id))
  } catch (error) {
    if (isRefusal(error)) {
      return data({ error: error.message }, 400)
    }
    throw error
  }
  return redirect(`${STALL_DEVICES}?revoked=1`, { status: 303 })
}

export default function StallDevices({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const lang = useLang()
  return (
    <section className="stall-page" aria-labelledby="stall-devices-title">
      <StallHeader stall={loaderData.stall} titleId="stall-devices-heading" back />
      <h2 id="stall-devices-title">{t("stall.devices.title")}</h2>
      <p>{t("stall.devices.lead")}</p>
      {actionData?.error ? <Alert kind="error">{actionData.error}</Alert> : null}
      {loaderData.revoked && !actionData ? <Alert kind="success">{t("stall.devices.revoked")}</Alert> : null}
      <ul role="list" className="stall-devices">
        {loaderData.devices.map((device) => (
          <li key={device.id} className="stall-device">
            <p className="stall-device-label">
              <strong>{device.label}</strong>{" "}
              {device.current ? <span className="stall-chip stall-chip-paid">{t("stall.devices.this")}</span> : null}
            </p>
            <p>
              {t("stall.devices.last_seen", {
                when: formatDate(lang, device.last_seen_at ?? device.created_at),
              })}
            </p>
            {device.current ? (
              <Form method="post" action={STALL_SIGN_OUT}>
                <SubmitButton className="button button-secondary">{t("stall.devices.sign_out_this")}</SubmitButton>
              </Form>
            ) : (
              <Form method="post">
                <input type="hidden" name="device_id" value={device.id} />
                <SubmitButton className="button button-danger" match={{ device_id: device.id }}>
                  {t("stall.devices.sign_out_other")}
                </SubmitButton>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
