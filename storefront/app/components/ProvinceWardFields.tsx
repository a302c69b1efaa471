import { useEffect, useState } from "react"
import { useFetcher } from "react-router"
import type { ProvinceVM, WardsPayload, WardVM } from "~/lib/types"
import { useHydrated } from "~/lib/use-hydrated"
import { useT } from "~/lib/use-t"
import { Field } from "./Field"

interface Props {
  /** The two controls' names (and ids): "province"/"ward" at checkout, "province_code"/"ward_code" for sellers. */
  names: { province: string; ward: string }
  provinces: ProvinceVM[]
  /** Wards of `values.province` (from the loader or the action). */
  wards: WardVM[]
  values: { province: string; ward: string }
  errors?: { province?: string; ward?: string }
  /**
   * Without JavaScript the ward list cannot follow the province select: this button submits the
   * form to get it. Checkout: a GET of the page (`step=ward`); forms with a password: a POST intent.
   */
  wardStep: { formMethod: "get" | "post"; name: string; value: string }
}

/**
 * The 2025 two-level address: province (34) → ward/commune. With JavaScript the ward list is
 * fetched from `/phuong-xa/:province` as soon as a province is chosen.
 */
export function ProvinceWardFields({ names, provinces, wards: initialWards, values, errors = {}, wardStep }: Props) {
  const t = useT()
  const hydrated = useHydrated()
  const fetcher = useFetcher<WardsPayload>()
  const [province, setProvince] = useState(values.province)

  useEffect(() => setProvince(values.province), [values.province])

  const wards =
    fetcher.data && fetcher.data.province === province
      ? fetcher.data.wards
      : province === values.province
        ? initialWards
        : []
  const loadingWards = fetcher.state === "loading"

  const wardHint = loadingWards
    ? t("checkout.wards_loading")
    : !province
      ? t("checkout.ward_needs_province")
      : fetcher.data?.province === province && fetcher.data.failed
        ? t("checkout.wards_failed")
        : wards.length === 0
          ? t("checkout.ward_press_choose")
          : t("checkout.wards_count", { count: wards.length })

  return (
    <>
      <Field name={names.province} label={t("checkout.province")} error={errors.province} required>
        {(control) => (
          <select
            {...control}
            autoComplete="address-level1"
            value={province}
            onChange={(event) => {
              const code = event.currentTarget.value
              setProvince(code)
              if (code) {
                fetcher.load(`/phuong-xa/${code}`)
              }
            }}
          >
            <option value="">{t("checkout.province_placeholder")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.fullName}
              </option>
            ))}
          </select>
        )}
      </Field>
      {!hydrated ? (
        <p>
          <button
            type="submit"
            formMethod={wardStep.formMethod}
            formNoValidate
            name={wardStep.name}
            value={wardStep.value}
            className="button button-secondary"
          >
            {t("checkout.choose_ward")}
          </button>
        </p>
      ) : null}
      <Field name={names.ward} label={t("checkout.ward")} hint={wardHint} hintLive error={errors.ward} required>
        {(control) => (
          <select
            {...control}
            key={province}
            autoComplete="address-level2"
            defaultValue={province === values.province ? values.ward : ""}
            disabled={wards.length === 0}
          >
            <option value="">{t("checkout.ward_placeholder")}</option>
            {wards.map((w) => (
              <option key={w.code} value={w.code}>
                {w.fullName}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  )
}
