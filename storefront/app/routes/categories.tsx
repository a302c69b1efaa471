import { Link } from "react-router"
import { listCategories } from "~/lib/catalog.server"
import { readLang } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/categories"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  return { title: translate(lang, "categories.meta_title"), categories: await listCategories(lang) }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }]
}

export default function Categories({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <section className="page" aria-labelledby="categories-title">
      <h1 id="categories-title">{t("home.categories")}</h1>
      <ul className="category-grid" role="list">
        {loaderData.categories.map((category) => (
          <li key={category.id}>
            <Link to={`/danh-muc/${category.handle}`} className="category-tile">
              <span className="category-tile-name">{category.name}</span>
              {category.description ? <span className="category-tile-text">{category.description}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
