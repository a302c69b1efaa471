import { Link } from "react-router"
import { ProductGrid } from "~/components/ProductCard"
import { listCategories, listFeatured } from "~/lib/catalog.server"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/home"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const [featured, categories] = await Promise.all([listFeatured(lang), listCategories(lang)])
  return {
    title: translate(lang, "home.meta_title"),
    description: translate(lang, "home.meta_description"),
    featured,
    categories,
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "description", content: loaderData?.description ?? "" }]
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { featured, categories } = loaderData
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("home.hero_title")}</h1>
        <p className="hero-lead">{t("home.hero_lead")}</p>
        <p className="hero-actions">
          <a className="button" href="#featured-title">
            {t("home.hero_cta")}
          </a>
          <Link className="button button-secondary" to="/danh-muc">
            {t("home.all_categories")}
          </Link>
        </p>
      </section>

      <section className="page" aria-labelledby="featured-title">
        <h2 id="featured-title">{t("home.featured")}</h2>
        {featured.length ? <ProductGrid products={featured} priorityCount={1} /> : <p>{t("catalog.empty")}</p>}
      </section>

      <section className="page" aria-labelledby="categories-title">
        <h2 id="categories-title">{t("home.categories")}</h2>
        <ul className="category-grid" role="list">
          {categories.map((category) => (
            <li key={category.id}>
              <Link to={`/danh-muc/${category.handle}`} className="category-tile">
                <span className="category-tile-name">{category.name}</span>
                {category.description ? <span className="category-tile-text">{category.description}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="page why-ocop" aria-labelledby="why-title">
        <h2 id="why-title">{t("home.why_title")}</h2>
        <p>{t("home.why_body")}</p>
        <ul className="why-list">
          <li>{t("home.why_point_quality")}</li>
          <li>{t("home.why_point_origin")}</li>
          <li>{t("home.why_point_delivery")}</li>
        </ul>
        <p>
          <Link className="button button-secondary" to="/ocop">
            {t("home.why_cta")}
          </Link>
        </p>
      </section>
    </>
  )
}
