import { MAX_VARIANTS, type VariantRow, variantField } from "~/lib/product-form"
import { useT } from "~/lib/use-t"
import { Field } from "./Field"
import { MoneyInput } from "./MoneyInput"
import { SubmitButton } from "./SubmitButton"

interface Props {
  rows: VariantRow[]
  /** Field name ("variants.0.price") → message. */
  errors: Readonly<Record<string, string>>
  /** The row just added: its first input takes the focus. */
  focusRow?: string
}

/**
 * A product's variants as rows (size label vi/en, price in đồng, stock). "Add" and "remove" are
 * submit buttons (intents `add_variant`, `remove_variant:N`): the action answers with the rows
 * changed and everything typed kept, so they work without JavaScript.
 */
export function VariantRows({ rows, errors, focusRow }: Props) {
  const t = useT()
  return (
    <fieldset className="variant-rows">
      <legend>{t("seller.variants.legend")}</legend>
      <p className="muted small">{t("seller.variants.hint")}</p>
      <ol className="variant-row-list" role="list">
        {rows.map((row, index) => {
          const n = index + 1
          const name = (part: Parameters<typeof variantField>[1]) => variantField(index, part)
          return (
            <li key={row.row} className="variant-row">
              <fieldset>
                <legend>{t("seller.variants.row", { n })}</legend>
                <input type="hidden" name={name("row")} value={row.row} />
                {row.id ? <input type="hidden" name={name("id")} value={row.id} /> : null}
                <Field
                  name={name("title.vi")}
                  label={t("seller.variants.title_vi")}
                  hint={t("seller.variants.title_vi_hint")}
                  error={errors[name("title.vi")]}
                  required
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      autoComplete="off"
                      defaultValue={row.title_vi}
                      // biome-ignore lint/a11y/noAutofocus: the row the person just asked for
                      autoFocus={focusRow === row.row}
                    />
                  )}
                </Field>
                <Field
                  name={name("title.en")}
                  label={t("seller.variants.title_en")}
                  hint={t("seller.variants.title_en_hint")}
                  error={errors[name("title.en")]}
                >
                  {(control) => (
                    <input {...control} type="text" autoComplete="off" lang="en" defaultValue={row.title_en} />
                  )}
                </Field>
                <div className="field-pair">
                  <Field name={name("price")} label={t("seller.variants.price")} error={errors[name("price")]} required>
                    {(control) => <MoneyInput {...control} defaultValue={row.price} />}
                  </Field>
                  <Field name={name("stock")} label={t("seller.variants.stock")} error={errors[name("stock")]} required>
                    {(control) => (
                      <input {...control} type="text" inputMode="numeric" autoComplete="off" defaultValue={row.stock} />
                    )}
                  </Field>
                </div>
                <SubmitButton
                  intent={`remove_variant:${index}`}
                  formNoValidate
                  className="link-button danger"
                  aria-label={t("seller.variants.remove_label", { n })}
                >
                  {t("seller.variants.remove")}
                </SubmitButton>
              </fieldset>
            </li>
          )
        })}
      </ol>
      {rows.length < MAX_VARIANTS ? (
        <SubmitButton intent="add_variant" formNoValidate className="button button-secondary">
          {t("seller.variants.add")}
        </SubmitButton>
      ) : null}
    </fieldset>
  )
}
