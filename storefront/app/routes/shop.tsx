import { data, Link } from "react-router"
import { ProductGrid } from "~/components/ProductCard"
import { SellerFacts } from "~/components/SellerFacts"
import { listProductsByIds } from "~/lib/catalog.server"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { kindKey } from "~/lib/seller-labels"
import { getShopSeller } from "~/lib/seller-public.server"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/shop"

/** A seller's public page: story, products, and the identity Law 122/2025 asks to show. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const found = await getShopSeller(params.handle, lang)
  if (!found) {
    // Unknown, or not (or no longer) approved.
    throw data(null, { status: 404 })
  }
  const products = await listProductsByIds(lang, found.productIds)
  return {
    title: translate(lang, "shop.meta_title", { name: found.seller.name }),
    seller: found.seller,
    products,
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) {
    return [{ title: "Chợ Số" }]
  }
  return [
    { title: loaderData.title },
    { name: "description", content: loaderData.seller.story?.slice(0, 160) ?? loaderData.seller.name },
    { property: "og:title", content: loaderData.seller.name },
  ]
}

export default function Shop({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { seller, products } = loaderData
  return (
    <article className="page shop" aria-labelledby="shop-title">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to="/">{t("nav.home")}</Link>
      </nav>
      <header className="shop-header">
        {seller.logoUrl ? <img src={seller.logoUrl} alt="" width={96} height={96} className="shop-logo" /> : null}
        <div>
          <h1 id="shop-title">{seller.name}</h1>
          <p className="muted">
            {[seller.kind ? t(kindKey(seller.kind)) : null, seller.provinceName].filter(Boolean).join(" · ")}
          </p>
        </div>
      </header>
      {seller.story ? (
        <section aria-labelledby="shop-story" className="product-section">
          <h2 id="shop-story">{t("shop.story")}</h2>
          <p className="prose">{seller.story}</p>
        </section>
      ) : null}
      <section aria-labelledby="shop-products" className="product-section">
        <h2 id="shop-products">{t("shop.products", { count: products.length })}</h2>
        {products.length ? <ProductGrid products={products} priorityCount={2} /> : <p>{t("catalog.empty")}</p>}
      </section>
      <section aria-labelledby="shop-legal" className="product-section producer-card">
        <h2 id="shop-legal">{t("shop.legal")}</h2>
        <SellerFacts seller={seller} />
      </section>
    </article>
  )
}
