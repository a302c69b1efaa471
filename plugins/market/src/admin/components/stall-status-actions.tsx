import type { StallStatus } from "@choso/market-rules"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { TEXT } from "../lib/labels"
import { messageOf, useUpdateStall } from "../lib/queries"
import type { Stall } from "../lib/types"
import { PromptForm } from "./prompt-form"

const S = TEXT.status

interface Change {
  to: StallStatus
  label: string
  title: string
  description: string
  danger: boolean
}

/**
 * Suspend a pending or selling stall; let a suspended one sell again. A stall whose account was
 * never verified goes back to "Chờ xác minh", not "Đang bán".
 */
function changeFor(stall: Stall): Change {
  if (stall.status !== "suspended") {
    return { to: "suspended", label: S.suspend, title: S.suspendTitle, description: S.suspendDescription, danger: true }
  }
  const verified = !!stall.account_verified_at
  return {
    to: verified ? "active" : "pending",
    label: S.reactivate,
    title: S.reactivateTitle,
    description: verified ? S.reactivateDescription : S.reactivateUnverified,
    danger: false,
  }
}

/** The change is kept as it was when the dialog opened: the refetch after saving moves the status. */
export function StallStatusActions({ stall }: { stall: Stall }) {
  const [active, setActive] = useState<Change | null>(null)
  const update = useUpdateStall(stall.id)
  const change = changeFor(stall)

  const submit = (target: Change) =>
    update.mutateAsync({ status: target.to }).then(
      () => {
        toast.success(S.done[target.to])
        setActive(null)
      },
      (error: unknown) => toast.error(S.failed, { description: messageOf(error) })
    )

  return (
    <>
      <Button size="small" variant="secondary" onClick={() => setActive(change)}>
        {change.label}
      </Button>
      {active && (
        <PromptForm
          title={active.title}
          description={
            <>
              <span className="font-medium text-ui-fg-base">{stall.display_name}</span>
              {" — "}
              {active.description}
            </>
          }
          submitLabel={active.label}
          danger={active.danger}
          pending={update.isPending}
          error={null}
          onSubmit={() => submit(active)}
          onClose={() => setActive(null)}
        />
      )}
    </>
  )
}
