import { Button, Input, Label, Text } from "@medusajs/ui"
import { useId, useState } from "react"
import { TEXT } from "../lib/labels"
import { messageOf, useStallSellers } from "../lib/queries"
import { useDebounced } from "../lib/use-debounced"
import type { ControlProps } from "./form-field"

const F = TEXT.stall.form

/**
 * The stall's owner: a seller's id, typed or picked from a search by name. GET /admin/sellers has
 * no kind filter, so the matches are the search's sellers of kind "stall" (Tiểu thương).
 */
export function SellerPicker({
  control,
  value,
  onChange,
}: {
  control: ControlProps
  value: string
  onChange: (sellerId: string) => void
}) {
  const [text, setText] = useState("")
  const q = useDebounced(text.trim())
  const matches = useStallSellers(q)
  const searchId = useId()

  return (
    <div className="flex flex-col gap-y-2">
      <Input
        {...control}
        className="font-mono"
        placeholder="sel_…"
        value={value}
        onChange={(event) => onChange(event.target.value.trim())}
      />
      <div className="flex flex-col gap-y-2 rounded-md border border-ui-border-base bg-ui-bg-subtle p-3">
        <Label htmlFor={searchId} size="xsmall" weight="plus">
          {F.sellerSearch}
        </Label>
        <Input
          id={searchId}
          type="search"
          size="small"
          placeholder={F.sellerSearchPlaceholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        {q &&
          (matches.isPending ? (
            <Text size="xsmall" className="text-ui-fg-muted">
              {TEXT.loading}
            </Text>
          ) : matches.isError ? (
            <Text size="xsmall" className="text-ui-fg-error">
              {TEXT.loadError} {messageOf(matches.error)}
            </Text>
          ) : matches.data.length === 0 ? (
            <Text size="xsmall" className="text-ui-fg-muted">
              {F.sellerNoMatch}
            </Text>
          ) : (
            <ul className="flex flex-col divide-y divide-ui-border-base">
              {matches.data.slice(0, 8).map((seller) => (
                <li key={seller.id} className="flex items-center justify-between gap-x-2 py-1.5">
                  <div className="flex min-w-0 flex-col">
                    <Text size="small" weight="plus" className="truncate">
                      {seller.name}
                    </Text>
                    <Text size="xsmall" className="truncate font-mono text-ui-fg-muted">
                      {seller.id}
                    </Text>
                  </div>
                  <Button
                    type="button"
                    size="small"
                    variant={seller.id === value ? "primary" : "secondary"}
                    onClick={() => onChange(seller.id)}
                  >
                    {F.sellerPick}
                  </Button>
                </li>
              ))}
            </ul>
          ))}
      </div>
    </div>
  )
}
