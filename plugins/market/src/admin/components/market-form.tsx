import { MARKET_CODE } from "@choso/market-rules"
import { Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useId, useState } from "react"
import { TEXT } from "../lib/labels"
import { messageOf, useCreateMarket, useUpdateMarket } from "../lib/queries"
import type { Market, MarketInput } from "../lib/types"
import { changedKeys, useFormValues } from "../lib/use-form-values"
import { DrawerForm } from "./drawer-form"
import { FormField } from "./form-field"

const F = TEXT.market.fields
const T = TEXT.market.form

type Key = "code" | "name" | "province_code" | "ward_code" | "address"

function initialValues(market?: Market): Record<Key, string> {
  return {
    code: market?.code ?? "",
    name: market?.name ?? "",
    province_code: market?.province_code ?? "",
    ward_code: market?.ward_code ?? "",
    address: market?.address ?? "",
  }
}

/** The same checks as the backend's MarketBody, so most mistakes are shown before sending. */
function validate(values: Record<Key, string>): Partial<Record<Key, string>> {
  const errors: Partial<Record<Key, string>> = {}
  for (const key of Object.keys(values) as Key[]) {
    if (!values[key].trim()) errors[key] = TEXT.required
  }
  if (values.code.trim() && !MARKET_CODE.test(values.code.trim())) errors.code = T.codeHint
  return errors
}

/** "Thêm chợ" (no market) or "Sửa thông tin chợ" in a drawer; an edit sends only what changed. */
export function MarketForm({ market, onClose }: { market?: Market; onClose: () => void }) {
  const initial = initialValues(market)
  const { values, errors, setErrors, set } = useFormValues(initial)
  const [illustration, setIllustration] = useState(market?.illustration ?? false)
  const create = useCreateMarket()
  const update = useUpdateMarket(market?.id ?? "")
  const mutation = market ? update : create
  const switchId = useId()

  const submit = () => {
    const found = validate(values)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const trimmed = Object.fromEntries(
      (market ? changedKeys(initial, values) : (Object.keys(values) as Key[])).map((key) => [key, values[key].trim()])
    ) as Partial<MarketInput>
    const illustrationChanged = illustration !== (market?.illustration ?? false)
    if (market && Object.keys(trimmed).length === 0 && !illustrationChanged) return onClose()
    const saving = market
      ? update.mutateAsync({ ...trimmed, ...(illustrationChanged ? { illustration } : {}) })
      : create.mutateAsync({ ...(trimmed as MarketInput), illustration })
    saving.then(
      () => {
        toast.success(market ? T.saved : T.created)
        onClose()
      },
      () => undefined
    )
  }

  return (
    <DrawerForm
      title={market ? T.editTitle : T.createTitle}
      description={market ? T.editDescription : T.createDescription}
      submitLabel={market ? TEXT.save : TEXT.markets.add}
      pending={mutation.isPending}
      error={mutation.isError ? messageOf(mutation.error) : null}
      onSubmit={submit}
      onClose={onClose}
    >
      <FormField label={F.code} hint={T.codeHint} error={errors.code}>
        {(control) => (
          <Input
            {...control}
            className="font-mono"
            value={values.code}
            autoFocus
            onChange={(event) => set("code")(event.target.value.toUpperCase())}
          />
        )}
      </FormField>
      <FormField label={F.name} error={errors.name}>
        {(control) => (
          <Input
            {...control}
            value={values.name}
            placeholder={T.namePlaceholder}
            onChange={(event) => set("name")(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={F.address} error={errors.address}>
        {(control) => (
          <Input
            {...control}
            value={values.address}
            placeholder={T.addressPlaceholder}
            onChange={(event) => set("address")(event.target.value)}
          />
        )}
      </FormField>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormField label={F.province} hint={T.provinceHint} error={errors.province_code}>
          {(control) => (
            <Input
              {...control}
              className="font-mono"
              inputMode="numeric"
              value={values.province_code}
              onChange={(event) => set("province_code")(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={F.ward} hint={T.wardHint} error={errors.ward_code}>
          {(control) => (
            <Input
              {...control}
              className="font-mono"
              inputMode="numeric"
              value={values.ward_code}
              onChange={(event) => set("ward_code")(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="flex items-start gap-x-3">
        <Switch id={switchId} checked={illustration} onCheckedChange={setIllustration} />
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={switchId} size="small" weight="plus">
            {F.illustration}
          </Label>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {T.illustrationHint}
          </Text>
        </div>
      </div>
    </DrawerForm>
  )
}
