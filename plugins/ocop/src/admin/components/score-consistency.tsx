import { CheckCircleSolid, ExclamationCircle } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { consistencyOf } from "../lib/consistency"
import { TEXT } from "../lib/labels"
import type { Certificate } from "../lib/types"

/** The score's star band beside the stars on the certificate, with the bands for reference. */
export function ScoreConsistency({ certificate }: { certificate: Certificate }) {
  const { ok, message } = consistencyOf(certificate)
  return (
    <div className="px-6 py-4">
      <div
        className={`flex items-start gap-x-2 rounded-md border px-3 py-2 ${
          ok ? "border-ui-border-base bg-ui-bg-subtle" : "border-ui-border-error bg-ui-bg-subtle"
        }`}
        role={ok ? "note" : "alert"}
      >
        {ok ? (
          <CheckCircleSolid className="mt-0.5 shrink-0 text-ui-tag-green-icon" />
        ) : (
          <ExclamationCircle className="mt-0.5 shrink-0 text-ui-fg-error" />
        )}
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" className={ok ? "text-ui-fg-base" : "text-ui-fg-error"}>
            {TEXT.consistency.title}
          </Text>
          <Text size="small" className="text-ui-fg-base">
            {message}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {TEXT.consistency.bands}
          </Text>
        </div>
      </div>
    </div>
  )
}
