import { data, Link, redirect } from "react-router"
import { ProductGrid } from "~/components/ProductCard"
import { findCategory, listCategoryProducts } from "~/lib/catalog.server"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/category"

/** "?page=2" → 2; anything that is not a positive integer is null. */
export function parsePage(value: string | null): number | null {
  if (value === null) {
    return 1
  }
  return /^[1-9]\d{0,3}$/.test(value) ? Number.parseInt(value, 10) : null
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  const page = parsePage(url.searchParams.get("page"))
  if (page === null) {
    throw redirect(url.pathname)
  }
  const category = await findCategory(lang, params.handle)
  if (!category) {
    throw data(null, { status: 404 })
  }
  const result = await listCategoryProducts(lang, category.id, page)
  if (page > result.pageCount) {
    throw data(null, { status: 404 })
  }
  return {
    title: translate(lang, "category.meta_title", { name: category.name }),
    category,
    ...result,
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [
    { title: loaderData?.title ?? "Chợ Số" },
    { name: "description", content: loaderData?.category.description ?? "" },
  ]
}

export default function Category({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { category, products, page, pageCount, count } = loaderData
  const base = `/danh-muc/${category.handle}`
  const pageHref = (n: number) => (n === 1 ? base : `${base}?page=${n}`)
  return (
    <section className="page" aria-labelledby="category-title">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to="/">{t("nav.home")}</Link> <span aria-hidden="true">›</span>{" "}
        <Link to="/danh-muc">{t("home.categories")}</Link>
      </nav>
      <h1 id="category-title">{category.name}</h1>
      {category.description ? <p className="lead">{category.description}</p> : null}
      <p className="muted">{t("category.count", { count })}</p>
      {products.length ? <ProductGrid products={products} priorityCount={1} /> : <p>{t("catalog.empty")}</p>}
      {pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination.label")}>
          {page > 1 ? (
            <Link to={pageHref(page - 1)} rel="prev">
              ← {t("pagination.prev")}
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
          <span aria-current="page">{t("pagination.status", { page, pages: pageCount })}</span>
          {page < pageCount ? (
            <Link to={pageHref(page + 1)} rel="next">
              {t("pagination.next")} →
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
        </nav>
      ) : null}
    </section>
  )
}
