import { useState } from "react"
import { useHydrated } from "~/lib/use-hydrated"
import { useT } from "~/lib/use-t"
import { Field } from "../Field"

interface Props {
  values: { latitude: string; longitude: string }
  error?: string
}

/** False where the page's Permissions-Policy forbids geolocation (Chromium says so; others try and fail). */
function geolocationAllowed(): boolean {
  const policy =
    (document as { permissionsPolicy?: PolicyLike; featurePolicy?: PolicyLike }).permissionsPolicy ??
    (document as { featurePolicy?: PolicyLike }).featurePolicy
  return policy ? policy.allowsFeature("geolocation") : true
}

interface PolicyLike {
  allowsFeature(feature: string): boolean
}

type State = { kind: "idle" } | { kind: "asking" } | { kind: "found"; accuracy: number } | { kind: "failed" }

/**
 * Latitude and longitude: typed, or filled from the phone's position with "Dùng vị trí hiện
 * tại" once the page has JavaScript and the browser offers geolocation. Without either the step
 * is recorded at the lot's ward and the place name.
 */
export function LocationButton({ values, error }: Props) {
  const t = useT()
  const hydrated = useHydrated()
  const [latitude, setLatitude] = useState(values.latitude)
  const [longitude, setLongitude] = useState(values.longitude)
  const [state, setState] = useState<State>({ kind: "idle" })
  const available = hydrated && "geolocation" in navigator && geolocationAllowed()

  function locate() {
    setState({ kind: "asking" })
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLatitude(position.coords.latitude.toFixed(6))
        setLongitude(position.coords.longitude.toFixed(6))
        setState({ kind: "found", accuracy: Math.round(position.coords.accuracy) })
      },
      () => setState({ kind: "failed" }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 }
    )
  }

  return (
    <div className="trace-location">
      {available ? (
        <p>
          <button type="button" className="button button-secondary" onClick={locate} disabled={state.kind === "asking"}>
            {t("sellerTrace.event.use_location")}
          </button>
        </p>
      ) : null}
      <p className="muted small" aria-live="polite">
        {state.kind === "asking" ? t("sellerTrace.event.locating") : null}
        {state.kind === "found" ? t("sellerTrace.event.located", { accuracy: state.accuracy }) : null}
        {state.kind === "failed" ? t("sellerTrace.event.locate_failed") : null}
      </p>
      <div className="trace-coordinates">
        <Field name="latitude" label={t("sellerTrace.event.latitude")} error={error}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={latitude}
              onChange={(event) => setLatitude(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field name="longitude" label={t("sellerTrace.event.longitude")}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={longitude}
              onChange={(event) => setLongitude(event.currentTarget.value)}
            />
          )}
        </Field>
      </div>
    </div>
  )
}
