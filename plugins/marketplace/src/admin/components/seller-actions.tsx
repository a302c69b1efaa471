import { Button, Label, Prompt, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useId, useState } from "react"
import type { SellerStatus } from "../../lib/seller-codes"
import { canTransition, reasonRequired } from "../../lib/seller-rules"
import { TEXT } from "../lib/labels"
import { messageOf, useChangeSellerStatus } from "../lib/queries"
import type { SellerDetail, SellerStatusTarget } from "../lib/types"

const A = TEXT.actions

interface Action {
  key: keyof typeof A.done
  to: SellerStatusTarget
  label: string
  title: string
  description: string
  /** Danger: the seller loses something (is refused, or stops selling). */
  danger: boolean
}

const APPROVE: Action = {
  key: "approve",
  to: "approved",
  label: A.approve,
  title: A.approveTitle,
  description: A.approveDescription,
  danger: false,
}
const REJECT: Action = {
  key: "reject",
  to: "rejected",
  label: A.reject,
  title: A.rejectTitle,
  description: A.rejectDescription,
  danger: true,
}
const SUSPEND: Action = {
  key: "suspend",
  to: "suspended",
  label: A.suspend,
  title: A.suspendTitle,
  description: A.suspendDescription,
  danger: true,
}
const REINSTATE: Action = {
  key: "reinstate",
  to: "approved",
  label: A.reinstate,
  title: A.reinstateTitle,
  description: A.reinstateDescription,
  danger: false,
}

/** What an operator can do from each status (lib/seller-rules' transitions; a rejected seller re-applies itself). */
const ACTIONS: Record<SellerStatus, Action[]> = {
  pending: [APPROVE, REJECT],
  approved: [SUSPEND],
  suspended: [REINSTATE],
  rejected: [],
}

/** The confirmation of one status change; a rejection or a suspension cannot be sent without a reason. */
function StatusDialog({ seller, action, onClose }: { seller: SellerDetail; action: Action; onClose: () => void }) {
  const [reason, setReason] = useState("")
  const change = useChangeSellerStatus(seller.id)
  const needsReason = reasonRequired(action.to)
  const reasonId = useId()
  const canSubmit = !change.isPending && (!needsReason || reason.trim().length > 0)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!canSubmit) return
    // The promise, not mutate's callbacks: the refetch may unmount this dialog (the status moved)
    // before they would run, and the operator must still be told.
    change.mutateAsync({ status: action.to, ...(needsReason ? { reason: reason.trim() } : {}) }).then(
      () => {
        toast.success(A.done[action.key])
        onClose()
      },
      (error: unknown) => toast.error(A.failed, { description: messageOf(error) })
    )
  }

  return (
    <Prompt
      open
      variant={action.danger ? "danger" : "confirmation"}
      onOpenChange={(open) => {
        if (!open && !change.isPending) onClose()
      }}
    >
      <Prompt.Content className="max-w-[480px]">
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{action.title}</Prompt.Title>
            <Prompt.Description>
              <span className="font-medium text-ui-fg-base">{seller.name}</span>
              {" — "}
              {action.description}
            </Prompt.Description>
          </Prompt.Header>
          {needsReason && (
            <div className="flex flex-col gap-y-2 px-6 pt-4">
              <Label htmlFor={reasonId} size="small" weight="plus">
                {A.reasonLabel}
              </Label>
              <Textarea
                id={reasonId}
                rows={4}
                autoFocus
                value={reason}
                placeholder={A.reasonPlaceholder}
                aria-required
                onChange={(event) => setReason(event.target.value)}
              />
              {reason.trim().length === 0 && (
                <Text size="xsmall" className="text-ui-fg-muted">
                  {A.reasonRequired}
                </Text>
              )}
            </div>
          )}
          <Prompt.Footer>
            <Button type="button" size="small" variant="secondary" disabled={change.isPending} onClick={onClose}>
              {TEXT.cancel}
            </Button>
            <Button
              type="submit"
              size="small"
              variant={action.danger ? "danger" : "primary"}
              disabled={!canSubmit}
              isLoading={change.isPending}
            >
              {action.label}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}

/** The buttons of the seller's current status, each asking for confirmation first. */
export function SellerActions({ seller }: { seller: SellerDetail }) {
  const [active, setActive] = useState<Action | null>(null)
  const actions = (ACTIONS[seller.status] ?? []).filter((action) => canTransition(seller.status, action.to))
  const stale = active !== null && !actions.includes(active)

  // Another operator changed the status meanwhile (the refused change refetched it): the open
  // dialog no longer applies.
  useEffect(() => {
    if (stale) setActive(null)
  }, [stale])

  if (actions.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      {actions.map((action) => (
        <Button
          key={action.key}
          size="small"
          variant={action.danger ? "secondary" : "primary"}
          onClick={() => setActive(action)}
        >
          {action.label}
        </Button>
      ))}
      {active && !stale && (
        <StatusDialog key={active.key} seller={seller} action={active} onClose={() => setActive(null)} />
      )}
    </div>
  )
}
