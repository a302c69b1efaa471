import { Link } from "react-router"
import type { OrderLineLotVM } from "~/lib/trace-types"
import { useT } from "~/lib/use-t"

/** Under an order line: one link per lot it was packed from, with the quantity when there are several. */
export function OrderLineLots({ lots, title }: { lots: OrderLineLotVM[]; title: string }) {
  const t = useT()
  return (
    <ul className="order-line-lots" role="list" aria-label={t("trace.order.lots_of", { title })}>
      {lots.map((lot) => (
        <li key={lot.path}>
          <Link to={lot.path}>
            {lots.length > 1
              ? t("trace.order.lot_quantity", { code: lot.code, quantity: lot.quantity })
              : t("trace.order.lot", { code: lot.code })}
          </Link>
        </li>
      ))}
    </ul>
  )
}
