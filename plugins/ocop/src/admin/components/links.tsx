import { ArrowUpRightMini } from "@medusajs/icons"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { TEXT } from "../lib/labels"
import { productPath, sellerPath } from "../lib/paths"
import type { Certificate } from "../lib/types"

export const LINK = "text-ui-fg-interactive hover:text-ui-fg-interactive-hover"

/** Links inside a clickable row must not also open the row. */
const stop = (event: { stopPropagation: () => void }) => event.stopPropagation()

/** Each product of the certificate, to Medusa's product page. */
export function ProductLinks({ products }: { products: Certificate["products"] }): ReactNode {
  if (products.length === 0) return TEXT.none
  return (
    <ul className="flex flex-col gap-y-1">
      {products.map((product) => (
        <li key={product.id}>
          <Link to={productPath(product.id)} onClick={stop} className={LINK}>
            {product.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}

export function SellerLink({ seller }: { seller: Certificate["seller"] }): ReactNode {
  if (!seller) return TEXT.none
  return (
    <Link to={sellerPath(seller.id)} onClick={stop} className={LINK}>
      {seller.name}
    </Link>
  )
}

/** A link out of the admin, in a new tab. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`${LINK} txt-small inline-flex items-center gap-x-1`}
    >
      {children}
      <ArrowUpRightMini />
    </a>
  )
}
