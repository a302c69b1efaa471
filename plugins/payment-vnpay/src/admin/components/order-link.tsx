import { Link } from "react-router-dom"
import { TEXT } from "../lib/labels"

/** The order's page in Medusa's admin (the router adds the admin's base path, /app). */
export function OrderLink({ orderId }: { orderId: string | null }) {
  if (!orderId) {
    return <span className="text-ui-fg-muted">{TEXT.noOrder}</span>
  }
  return (
    <Link
      to={`/orders/${orderId}`}
      onClick={(event) => event.stopPropagation()}
      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
      title={orderId}
    >
      {TEXT.openOrder}
    </Link>
  )
}
