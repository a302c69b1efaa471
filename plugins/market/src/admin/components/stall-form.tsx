import { STALL_CODE } from "@choso/market-rules"
import { BANK_ACCOUNT, BANK_BIN } from "@choso/seller-rules"
import { Input, Text, toast } from "@medusajs/ui"
import { TEXT } from "../lib/labels"
import { messageOf, useCreateStall, useUpdateStall } from "../lib/queries"
import type { Stall, StallFieldsInput, StallInput } from "../lib/types"
import { changedKeys, useFormValues } from "../lib/use-form-values"
import { BankSelect } from "./bank-select"
import { DrawerForm } from "./drawer-form"
import { type ControlProps, FormField } from "./form-field"
import { SellerPicker } from "./seller-picker"

const F = TEXT.stall.fields
const T = TEXT.stall.form

type Key = "seller_id" | keyof StallFieldsInput

const OPTIONAL: readonly Key[] = ["goods", "photo_url"]
const ACCOUNT: readonly Key[] = ["bank_bin", "bank_account", "account_holder"]

function initialValues(stall?: Stall): Record<Key, string> {
  return {
    seller_id: "",
    code: stall?.code ?? "",
    number: stall?.number ?? "",
    display_name: stall?.display_name ?? "",
    goods: stall?.goods ?? "",
    photo_url: stall?.photo_url ?? "",
    bank_bin: stall?.bank_bin ?? "",
    bank_account: stall?.bank_account ?? "",
    account_holder: stall?.account_holder ?? "",
  }
}

function isUrl(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** The same checks as the backend's StallBody, so most mistakes are shown before sending. */
function validate(values: Record<Key, string>, creating: boolean): Partial<Record<Key, string>> {
  const errors: Partial<Record<Key, string>> = {}
  for (const key of Object.keys(values) as Key[]) {
    if (OPTIONAL.includes(key) || (key === "seller_id" && !creating)) continue
    if (!values[key].trim()) errors[key] = TEXT.required
  }
  const v = (key: Key) => values[key].trim()
  if (v("code") && !STALL_CODE.test(v("code"))) errors.code = T.codeHint
  if (v("bank_bin") && !BANK_BIN.test(v("bank_bin"))) errors.bank_bin = T.binHint
  if (v("bank_account") && !BANK_ACCOUNT.test(v("bank_account"))) errors.bank_account = T.accountHint
  if (v("photo_url") && !isUrl(v("photo_url"))) errors.photo_url = T.photoHint
  return errors
}

/** The body's value of a field: an emptied optional field is sent as null. */
function bodyValue(key: Key, value: string): string | null {
  const trimmed = value.trim()
  return OPTIONAL.includes(key) && !trimmed ? null : trimmed
}

/**
 * "Thêm quầy" in a market (no stall) or "Sửa thông tin quầy" in a drawer. An edit sends only what
 * changed, and says beforehand when a change of account will need a new verification.
 */
export function StallForm({ marketId, stall, onClose }: { marketId: string; stall?: Stall; onClose: () => void }) {
  const initial = initialValues(stall)
  const { values, errors, setErrors, set } = useFormValues(initial)
  const create = useCreateStall()
  const update = useUpdateStall(stall?.id ?? "")
  const mutation = stall ? update : create
  const changed = changedKeys(initial, values)
  const accountChanged = !!stall?.account_verified_at && changed.some((key) => ACCOUNT.includes(key))

  const submit = () => {
    const found = validate(values, !stall)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    if (stall && changed.length === 0) return onClose()
    const keys = stall ? changed : (Object.keys(values) as Key[])
    const body = Object.fromEntries(keys.map((key) => [key, bodyValue(key, values[key])]))
    const saving = stall
      ? update.mutateAsync(body as Partial<StallFieldsInput>)
      : create.mutateAsync({ ...(body as unknown as StallInput), market_id: marketId })
    saving.then(
      () => {
        toast.success(stall ? T.saved : T.created)
        onClose()
      },
      () => undefined
    )
  }

  const text = (key: Key, options: { mono?: boolean; upper?: boolean; placeholder?: string; digits?: boolean } = {}) =>
    function TextControl(control: ControlProps) {
      return (
        <Input
          {...control}
          className={options.mono ? "font-mono" : undefined}
          inputMode={options.digits ? "numeric" : undefined}
          placeholder={options.placeholder}
          value={values[key]}
          onChange={(event) => {
            const raw = event.target.value
            set(key)(options.upper ? raw.toUpperCase() : options.digits ? raw.replace(/\D/g, "") : raw)
          }}
        />
      )
    }

  return (
    <DrawerForm
      title={stall ? T.editTitle : T.createTitle}
      description={stall ? T.editDescription : T.createDescription}
      submitLabel={stall ? TEXT.save : TEXT.stalls.add}
      pending={mutation.isPending}
      error={mutation.isError ? messageOf(mutation.error) : null}
      onSubmit={submit}
      onClose={onClose}
    >
      {!stall && (
        <FormField label={F.seller} hint={T.sellerIdHint} error={errors.seller_id}>
          {(control) => <SellerPicker control={control} value={values.seller_id} onChange={set("seller_id")} />}
        </FormField>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField label={F.code} hint={T.codeHint} error={errors.code}>
          {text("code", { mono: true, upper: true })}
        </FormField>
        <FormField label={F.number} error={errors.number}>
          {text("number", { placeholder: T.numberPlaceholder })}
        </FormField>
      </div>
      <FormField label={F.displayName} error={errors.display_name}>
        {text("display_name", { placeholder: T.displayNamePlaceholder })}
      </FormField>
      <FormField label={F.goods} optional error={errors.goods}>
        {text("goods", { placeholder: T.goodsPlaceholder })}
      </FormField>
      <FormField label={F.photo} optional hint={T.photoHint} error={errors.photo_url}>
        {text("photo_url", { placeholder: "https://" })}
      </FormField>
      <FormField label={F.bank} hint={T.binHint} error={errors.bank_bin}>
        {(control) => <BankSelect control={control} value={values.bank_bin} onChange={set("bank_bin")} />}
      </FormField>
      <FormField label={F.account} hint={T.accountHint} error={errors.bank_account}>
        {text("bank_account", { mono: true, digits: true })}
      </FormField>
      <FormField label={F.holder} hint={T.holderHint} error={errors.account_holder}>
        {text("account_holder", { placeholder: TEXT.verify.holderPlaceholder })}
      </FormField>
      {accountChanged && (
        <Text size="small" className="rounded-md bg-ui-tag-orange-bg px-3 py-2 text-ui-tag-orange-text" role="note">
          {T.accountChangeWarning}
        </Text>
      )}
    </DrawerForm>
  )
}
