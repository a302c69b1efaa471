import { Tabs } from "@medusajs/ui"
import type { FilterOption } from "../lib/filters"

/** A list's filter as tabs. */
export function FilterTabs<F extends string>({
  value,
  options,
  onChange,
}: {
  value: F
  options: readonly FilterOption<F>[]
  onChange: (value: F) => void
}) {
  return (
    <Tabs
      value={value}
      onValueChange={(next) => {
        const option = options.find((item) => item.value === next)
        if (option) onChange(option.value)
      }}
    >
      <Tabs.List className="flex flex-wrap gap-1">
        {options.map((option) => (
          <Tabs.Trigger key={option.value} value={option.value}>
            {option.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
    </Tabs>
  )
}
