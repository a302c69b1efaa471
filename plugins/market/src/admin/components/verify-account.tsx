import { findBank } from "@choso/seller-rules"
import { Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { TEXT } from "../lib/labels"
import { messageOf, useVerifyStallAccount } from "../lib/queries"
import type { Stall } from "../lib/types"
import { FormField } from "./form-field"
import { PromptForm } from "./prompt-form"

const V = TEXT.verify

/**
 * The operator types the holder's name as the BANK shows it; the backend compares it with the
 * declared one and refuses (its message shown here) when they differ. Verified, the stall is active.
 */
function VerifyDialog({ stall, onClose }: { stall: Stall; onClose: () => void }) {
  const [holder, setHolder] = useState("")
  const verify = useVerifyStallAccount(stall.id)

  const submit = () =>
    // The promise, not mutate's callbacks: the refetch may unmount this dialog before they run.
    verify.mutateAsync(holder.trim()).then(
      () => {
        toast.success(V.done)
        onClose()
      },
      () => undefined
    )

  return (
    <PromptForm
      title={V.title}
      description={V.description}
      submitLabel={V.action}
      pending={verify.isPending}
      canSubmit={holder.trim().length > 0}
      error={verify.isError ? { title: V.refused, message: messageOf(verify.error) } : null}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-md bg-ui-bg-subtle px-3 py-2">
        <Text size="small" className="text-ui-fg-subtle">
          {TEXT.stall.fields.bank}
        </Text>
        <Text size="small">{findBank(stall.bank_bin)?.shortName ?? stall.bank_bin}</Text>
        <Text size="small" className="text-ui-fg-subtle">
          {TEXT.stall.fields.account}
        </Text>
        <Text size="small" className="font-mono">
          {stall.bank_account}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {V.declared}
        </Text>
        <Text size="small" weight="plus">
          {stall.account_holder}
        </Text>
      </div>
      <FormField label={V.holderLabel}>
        {(control) => (
          <Input
            {...control}
            autoFocus
            value={holder}
            placeholder={V.holderPlaceholder}
            onChange={(event) => {
              setHolder(event.target.value)
              if (verify.isError) verify.reset()
            }}
          />
        )}
      </FormField>
    </PromptForm>
  )
}

/** "Xác minh tài khoản" (or "Xác minh lại" once verified) and its dialog. */
export function VerifyAccountButton({ stall }: { stall: Stall }) {
  const [open, setOpen] = useState(false)
  const verified = !!stall.account_verified_at
  return (
    <>
      <Button size="small" variant={verified ? "secondary" : "primary"} onClick={() => setOpen(true)}>
        {verified ? V.again : V.action}
      </Button>
      {open && <VerifyDialog stall={stall} onClose={() => setOpen(false)} />}
    </>
  )
}
