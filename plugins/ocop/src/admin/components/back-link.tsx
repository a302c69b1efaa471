import { ArrowLeft } from "@medusajs/icons"
import { Link } from "react-router-dom"

export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Link to={to} className="txt-small inline-flex items-center gap-x-1 text-ui-fg-subtle hover:text-ui-fg-base">
      <ArrowLeft />
      {label}
    </Link>
  )
}
