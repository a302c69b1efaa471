import type { ReactNode } from "react"

/** Errors are announced (role="alert"); confirmations are polite status messages. */
export function Alert({
  kind,
  children,
  id,
}: {
  kind: "error" | "success" | "info"
  children: ReactNode
  id?: string
}) {
  return (
    <div id={id} className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  )
}
