import { BANKS } from "@choso/seller-rules"
import { useT } from "~/lib/use-t"
import { Field } from "./Field"

interface Props {
  values: { bank_bin: string; bank_account_number: string; bank_account_name: string }
  errors?: Partial<Record<"bank_bin" | "bank_account_number" | "bank_account_name", string>>
  /** A staff member sees the account but cannot change it. */
  readOnly?: boolean
}

/** The payout account: bank (by Napas BIN), account number, holder's name. */
export function BankFields({ values, errors = {}, readOnly = false }: Props) {
  const t = useT()
  return (
    <fieldset>
      <legend>{t("seller.bank.legend")}</legend>
      <p className="muted small">{readOnly ? t("seller.bank.owner_only") : t("seller.bank.hint")}</p>
      <Field name="bank_bin" label={t("seller.bank.bank")} error={errors.bank_bin} required={!readOnly}>
        {(control) => (
          <select {...control} defaultValue={values.bank_bin} disabled={readOnly}>
            <option value="">{t("seller.bank.placeholder")}</option>
            {BANKS.map((bank) => (
              <option key={bank.bin} value={bank.bin}>
                {bank.shortName} — {bank.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="bank_account_number"
        label={t("seller.bank.account_number")}
        error={errors.bank_account_number}
        required={!readOnly}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.bank_account_number}
            readOnly={readOnly}
          />
        )}
      </Field>
      <Field
        name="bank_account_name"
        label={t("seller.bank.account_name")}
        hint={t("seller.bank.account_name_hint")}
        error={errors.bank_account_name}
        required={!readOnly}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            defaultValue={values.bank_account_name}
            readOnly={readOnly}
          />
        )}
      </Field>
    </fieldset>
  )
}
