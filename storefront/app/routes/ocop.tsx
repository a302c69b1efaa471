import { OCOP_GROUPS } from "@choso/ocop-rules"
import type { ReactNode } from "react"
import { Link, redirect } from "react-router"
import { ProductGrid } from "~/components/ProductCard"
import { listProductsByIds } from "~/lib/catalog.server"
import { readLang } from "~/lib/cookies.server"
import { starString } from "~/lib/format"
import { translate } from "~/lib/i18n"
import { groupKey, isOcopGroup, OCOP_STARS, parseStars } from "~/lib/ocop"
import { listOcopProductIds, type OcopProductIds } from "~/lib/ocop.server"
import type { OcopGroup, OcopStars } from "~/lib/ocop-types"
import type { ProductCardVM } from "~/lib/types"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/ocop"

/** Products per stars level on the overview (5, 4, 3 ★ sections). */
export const OCOP_SECTION_SIZE = 8
/** Products per page of one stars level. */
export const OCOP_PAGE_SIZE = 24

export interface OcopFilter {
  stars: OcopStars | null
  group: OcopGroup | null
  page: number
}

/** "?page=2" → 2; absent → 1; anything else → null. */
function parsePage(value: string | null): number | null {
  if (value === null) {
    return 1
  }
  return /^[1-9]\d{0,3}$/.test(value) ? Number.parseInt(value, 10) : null
}

/** `/ocop?stars=5&group=thuc-pham&page=2`; the first page and empty filters are left out. */
export function ocopHref(filter: Partial<OcopFilter>): string {
  const search = new URLSearchParams()
  if (filter.stars) search.set("stars", String(filter.stars))
  if (filter.group) search.set("group", filter.group)
  if (filter.page && filter.page > 1) search.set("page", String(filter.page))
  const query = search.toString()
  return query ? `/ocop?${query}` : "/ocop"
}

interface Section {
  stars: OcopStars
  count: number
  products: ProductCardVM[]
}

/** The cards of the listed ids, in the list's order; the list's badge when the card has none. */
async function cards(lang: Parameters<typeof listProductsByIds>[0], lists: OcopProductIds[]) {
  const badges = new Map(lists.flatMap((list) => list.items.map((item) => [item.id, item.badge] as const)))
  const products = await listProductsByIds(lang, [...badges.keys()])
  return new Map(products.map((p) => [p.id, { ...p, ocop: p.ocop ?? badges.get(p.id) ?? null }]))
}

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  const rawStars = url.searchParams.get("stars")
  const rawGroup = url.searchParams.get("group")
  const stars = parseStars(rawStars)
  const group = isOcopGroup(rawGroup) ? rawGroup : null
  const page = parsePage(url.searchParams.get("page"))
  // A filter that is not one of ours (an old link, a typo) goes back to the clean address.
  if ((rawStars !== null && !stars) || (rawGroup !== null && !group) || page === null || (!stars && page > 1)) {
    throw redirect(ocopHref({ stars, group }))
  }
  const title = translate(lang, "ocop.page.meta_title")
  let sections: Section[]
  let pageCount = 1
  if (stars) {
    const list = await listOcopProductIds(lang, {
      stars,
      group,
      limit: OCOP_PAGE_SIZE,
      offset: (page - 1) * OCOP_PAGE_SIZE,
    })
    pageCount = Math.max(1, Math.ceil(list.count / OCOP_PAGE_SIZE))
    if (page > pageCount) {
      throw redirect(ocopHref({ stars, group }))
    }
    const byId = await cards(lang, [list])
    const products = list.items.map((item) => byId.get(item.id)).filter((p) => p !== undefined)
    sections = [{ stars, count: list.count, products }]
  } else {
    const lists = await Promise.all(
      OCOP_STARS.map((level) => listOcopProductIds(lang, { stars: level, group, limit: OCOP_SECTION_SIZE }))
    )
    const byId = await cards(lang, lists)
    sections = OCOP_STARS.map((level, index) => {
      const list = lists[index] ?? { items: [], count: 0 }
      const products = list.items
        .filter((item) => item.badge.stars === level)
        .map((item) => byId.get(item.id))
        .filter((p) => p !== undefined)
      return { stars: level, count: list.count, products }
    })
  }
  return {
    title,
    description: translate(lang, "ocop.page.meta_description"),
    filter: { stars, group, page } satisfies OcopFilter,
    sections,
    total: sections.reduce((sum, s) => sum + s.count, 0),
    pageCount,
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "description", content: loaderData?.description ?? "" }]
}

export default function OcopPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const { filter, sections, total, pageCount } = loaderData
  const shown = sections.filter((s) => s.products.length > 0)
  const groupName = filter.group ? t(groupKey(filter.group)) : null
  return (
    <section className="page ocop-page" aria-labelledby="ocop-title">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to="/">{t("nav.home")}</Link>
      </nav>
      <h1 id="ocop-title">{t("ocop.page.title")}</h1>
      <p className="lead">{t("ocop.page.lead")}</p>

      <nav aria-label={t("ocop.page.filters")} className="ocop-filters">
        <div className="filter-row">
          <h2 className="filter-title" id="filter-stars">
            {t("ocop.page.filter_stars")}
          </h2>
          <ul role="list" aria-labelledby="filter-stars" className="chip-list">
            <li>
              <FilterLink to={ocopHref({ group: filter.group })} current={filter.stars === null}>
                {t("ocop.page.all_stars")}
              </FilterLink>
            </li>
            {OCOP_STARS.map((level) => (
              <li key={level}>
                <FilterLink to={ocopHref({ stars: level, group: filter.group })} current={filter.stars === level}>
                  {t("ocop.stars_label", { stars: level })}
                </FilterLink>
              </li>
            ))}
          </ul>
        </div>
        <div className="filter-row">
          <h2 className="filter-title" id="filter-group">
            {t("ocop.page.filter_group")}
          </h2>
          <ul role="list" aria-labelledby="filter-group" className="chip-list">
            <li>
              <FilterLink to={ocopHref({ stars: filter.stars })} current={filter.group === null}>
                {t("ocop.page.all_groups")}
              </FilterLink>
            </li>
            {OCOP_GROUPS.map((group) => (
              <li key={group}>
                <FilterLink to={ocopHref({ stars: filter.stars, group })} current={filter.group === group}>
                  {t(groupKey(group))}
                </FilterLink>
              </li>
            ))}
          </ul>
        </div>
      </nav>

      <p className="muted" role="status" aria-live="polite">
        {groupName
          ? t("ocop.page.count_group", { count: total, group: groupName })
          : t("ocop.page.count", { count: total })}
      </p>

      {shown.length === 0 ? <p>{t("ocop.page.empty")}</p> : null}
      {shown.map((section) => (
        <section key={section.stars} aria-labelledby={`ocop-stars-${section.stars}`} className="ocop-section">
          <h2 id={`ocop-stars-${section.stars}`}>
            <span className="ocop-stars" aria-hidden="true">
              {starString(section.stars)}
            </span>{" "}
            {t("ocop.stars_label", { stars: section.stars })}
          </h2>
          <ProductGrid products={section.products} priorityCount={section === shown[0] ? 1 : 0} />
          {!filter.stars && section.count > section.products.length ? (
            <p>
              <Link to={ocopHref({ stars: section.stars, group: filter.group })}>
                {t("ocop.page.see_all", { count: section.count, stars: section.stars })}
              </Link>
            </p>
          ) : null}
        </section>
      ))}

      {filter.stars && pageCount > 1 ? (
        <nav className="pagination" aria-label={t("pagination.label")}>
          {filter.page > 1 ? (
            <Link to={ocopHref({ ...filter, page: filter.page - 1 })} rel="prev">
              ← {t("pagination.prev")}
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
          <span aria-current="page">{t("pagination.status", { page: filter.page, pages: pageCount })}</span>
          {filter.page < pageCount ? (
            <Link to={ocopHref({ ...filter, page: filter.page + 1 })} rel="next">
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

function FilterLink({ to, current, children }: { to: string; current: boolean; children: ReactNode }) {
  return (
    <Link to={to} className={current ? "chip chip-on" : "chip"} aria-current={current ? "page" : undefined}>
      {children}
    </Link>
  )
}
