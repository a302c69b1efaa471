import { formatVndInput, parseVndInput } from "~/lib/money"
import type { FieldControlProps } from "./Field"

interface Props extends FieldControlProps {
  defaultValue: string
}

/**
 * A price in đồng: a text input with the numeric keypad that accepts "120.000", "120000" or "120k"
 * (the action parses it, money.ts); with JavaScript it is tidied to "120.000" when left.
 */
export function MoneyInput({ defaultValue, ...control }: Props) {
  return (
    <span className="money-input">
      <input
        {...control}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        defaultValue={defaultValue}
        onBlur={(event) => {
          const amount = parseVndInput(event.currentTarget.value)
          if (amount !== null) {
            event.currentTarget.value = formatVndInput(amount)
          }
        }}
      />
      <span className="money-suffix" aria-hidden="true">
        ₫
      </span>
    </span>
  )
}
