import { BANKS, findBank } from "@choso/seller-rules"
import { Input, Select } from "@medusajs/ui"
import { useState } from "react"
import { TEXT } from "../lib/labels"
import type { ControlProps } from "./form-field"

const OTHER = "other"
const F = TEXT.stall.form

/** The common banks by name; "Ngân hàng khác" opens a field for any 6-digit BIN. */
export function BankSelect({
  control,
  value,
  onChange,
}: {
  control: ControlProps
  value: string
  onChange: (bin: string) => void
}) {
  const [other, setOther] = useState(value !== "" && !findBank(value))
  return (
    <div className="flex flex-col gap-y-2">
      <Select
        value={other ? OTHER : value}
        onValueChange={(next) => {
          setOther(next === OTHER)
          onChange(next === OTHER ? "" : next)
        }}
      >
        <Select.Trigger {...(other ? {} : control)}>
          <Select.Value placeholder={F.bankPlaceholder} />
        </Select.Trigger>
        <Select.Content>
          {BANKS.map((bank) => (
            <Select.Item key={bank.bin} value={bank.bin}>
              {bank.shortName} <span className="font-mono text-ui-fg-muted">({bank.bin})</span>
            </Select.Item>
          ))}
          <Select.Item value={OTHER}>{F.otherBank}</Select.Item>
        </Select.Content>
      </Select>
      {other && (
        <Input
          {...control}
          className="font-mono"
          inputMode="numeric"
          maxLength={6}
          placeholder="970xxx"
          value={value}
          onChange={(event) => onChange(event.target.value.replace(/\D/g, ""))}
        />
      )}
    </div>
  )
}
