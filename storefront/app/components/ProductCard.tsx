import { Link } from "react-router"
import { formatVnd } from "~/lib/format"
import type { ProductCardVM } from "~/lib/types"
import { useT } from "~/lib/use-t"
import { OcopBadge } from "./OcopBadge"
import { ProductImage } from "./ProductImage"

export const CARD_IMAGE_SIZES = "(min-width: 64em) 15rem, (min-width: 40em) 30vw, 46vw"

export function ProductCard({ product, priority = false }: { product: ProductCardVM; priority?: boolean }) {
  const t = useT()
  return (
    <article className="product-card">
      <Link to={`/san-pham/${product.handle}`} className="product-card-link">
        <ProductImage
          image={product.image}
          alt=""
          sizes={CARD_IMAGE_SIZES}
          priority={priority}
          className="product-card-image"
        />
        <h3 className="product-card-title">{product.title}</h3>
      </Link>
      <OcopBadge badge={product.ocop} />
      {product.provinceName ? <p className="product-card-origin">{product.provinceName}</p> : null}
      <p className="product-card-price">
        {product.priceFrom === null
          ? t("product.price_unavailable")
          : t("product.price_from", { price: formatVnd(product.priceFrom) })}
      </p>
    </article>
  )
}

export function ProductGrid({ products, priorityCount = 0 }: { products: ProductCardVM[]; priorityCount?: number }) {
  return (
    <ul className="product-grid" role="list">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} priority={index < priorityCount} />
        </li>
      ))}
    </ul>
  )
}
