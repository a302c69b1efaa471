import type { ProvinceVM, WardVM } from "~/lib/types"
import { useT } from "~/lib/use-t"
import { BankFields } from "../BankFields"
import { Field } from "../Field"
import { ProvinceWardFields } from "../ProvinceWardFields"

export interface ContactValues {
  phone: string
  email: string
  province_code: string
  ward_code: string
  address_line: string
  bank_bin: string
  bank_account_number: string
  bank_account_name: string
  story_vi: string
  story_en: string
}

interface Props {
  values: ContactValues
  errors: Readonly<Record<string, string>>
  provinces: ProvinceVM[]
  wards: WardVM[]
  /** Registration: the public e-mail may stay empty (the account's is used). */
  emailOptional?: boolean
  /** A staff member sees the payout account but cannot change it. */
  bankReadOnly?: boolean
}

/**
 * What registration and the profile page share: contact, address (2025 province → ward), payout
 * account and the seller's story in Vietnamese and English. Names = the API's fields.
 */
export function SellerContactFields({ values, errors, provinces, wards, emailOptional, bankReadOnly }: Props) {
  const t = useT()
  return (
    <>
      <fieldset>
        <legend>{t("seller.form.contact")}</legend>
        <Field
          name="phone"
          label={t("seller.form.phone")}
          hint={t("checkout.phone_hint")}
          error={errors.phone}
          required
        >
          {(control) => (
            <input {...control} type="tel" autoComplete="tel" inputMode="tel" defaultValue={values.phone} />
          )}
        </Field>
        <Field
          name="email"
          label={t("seller.form.public_email")}
          hint={emailOptional ? t("seller.form.public_email_hint_optional") : t("seller.form.public_email_hint")}
          error={errors.email}
          required={!emailOptional}
        >
          {(control) => (
            <input {...control} type="email" autoComplete="email" inputMode="email" defaultValue={values.email} />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("seller.form.address")}</legend>
        <p className="muted small">{t("seller.form.address_hint")}</p>
        <ProvinceWardFields
          names={{ province: "province_code", ward: "ward_code" }}
          provinces={provinces}
          wards={wards}
          values={{ province: values.province_code, ward: values.ward_code }}
          errors={{ province: errors.province_code, ward: errors.ward_code }}
          wardStep={{ formMethod: "post", name: "intent", value: "choose_ward" }}
        />
        <Field
          name="address_line"
          label={t("checkout.street")}
          hint={t("checkout.street_hint")}
          error={errors.address_line}
          required
        >
          {(control) => (
            <input {...control} type="text" autoComplete="address-line1" defaultValue={values.address_line} />
          )}
        </Field>
      </fieldset>

      <BankFields
        values={values}
        errors={{
          bank_bin: errors.bank_bin,
          bank_account_number: errors.bank_account_number,
          bank_account_name: errors.bank_account_name,
        }}
        readOnly={bankReadOnly}
      />

      <fieldset>
        <legend>{t("seller.form.story")}</legend>
        <p className="muted small">{t("seller.form.story_hint")}</p>
        <Field name="story_vi" label={t("seller.form.story_vi")} error={errors.story_vi}>
          {(control) => <textarea {...control} rows={5} maxLength={2000} defaultValue={values.story_vi} />}
        </Field>
        <Field name="story_en" label={t("seller.form.story_en")} error={errors.story_en}>
          {(control) => <textarea {...control} rows={5} maxLength={2000} lang="en" defaultValue={values.story_en} />}
        </Field>
      </fieldset>
    </>
  )
}
