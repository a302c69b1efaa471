import type { ReactNode } from "react"
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunctionArgs,
  useLocation,
  useMatches,
  useRouteLoaderData,
} from "react-router"
import type { Route } from "./+types/root"
import { CrossSiteRefused } from "./components/CrossSiteRefused"
import { NotFound } from "./components/NotFound"
import { cartCount } from "./lib/cart.server"
import { listCategories } from "./lib/catalog.server"
import { readLang } from "./lib/cookies.server"
import { pageHydrates } from "./lib/hydration"
import { DICTIONARY_URLS } from "./lib/i18n-assets"
import { useNonce } from "./lib/nonce"
import { crossSiteRefusal } from "./lib/refusal"
import { SELLER_HOME, SELLER_REGISTER } from "./lib/seller-paths"
import { useLang, useT } from "./lib/use-t"
import { sameOriginMiddleware } from "./middleware/same-origin.server"
import { securityHeadersMiddleware } from "./middleware/security-headers.server"
import appCss from "./styles/app.css?url"

/** Outermost first: the refusal of a cross-site post gets the security headers too. */
export const middleware: Route.MiddlewareFunction[] = [securityHeadersMiddleware, sameOriginMiddleware]

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
]

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const [count, categories] = await Promise.all([
    cartCount(request, lang),
    // The header must render even when the catalogue cannot be reached.
    listCategories(lang).catch(() => []),
  ])
  return {
    lang,
    cartCount: count,
    categories: categories.map((c) => ({ handle: c.handle, name: c.name })),
  }
}

/**
 * The header data (cart count, language, categories) only changes through form posts:
 * plain navigations and `?variant=` changes do not refetch it (except leaving the VNPay return page
 * for the order it created).
 */
export function shouldRevalidate({
  formMethod,
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (formMethod && formMethod.toUpperCase() !== "GET") {
    return defaultShouldRevalidate
  }
  // The VNPay return page redirects to the new order once the payment is confirmed: the cart is gone.
  return currentUrl.pathname === "/thanh-toan/vnpay" && nextUrl.pathname.startsWith("/don-hang/")
}

function Header({ data }: { data: Route.ComponentProps["loaderData"] | undefined }) {
  const t = useT()
  const location = useLocation()
  const lang = useLang()
  const other = lang === "vi" ? "en" : "vi"
  const count = data?.cartCount ?? 0
  return (
    <header className="site-header">
      <div className="header-bar">
        <Link to="/" className="logo" aria-label={t("nav.home_label")}>
          <span aria-hidden="true" className="logo-mark">
            ●
          </span>
          Chợ Số
        </Link>
        <Link to={SELLER_HOME} className="seller-link">
          {t("nav.sell")}
        </Link>
        {/* A whole new page: the browser holds only the current language's strings. */}
        <Form method="post" action="/ngon-ngu" className="lang-switch" reloadDocument>
          <input type="hidden" name="redirect_to" value={location.pathname + location.search} />
          <button
            type="submit"
            name="lang"
            value={other}
            className="link-button"
            lang={other}
            aria-label={t("lang.switch_label")}
          >
            {t("lang.other")}
          </button>
        </Form>
        <Link to="/gio-hang" className="cart-link" aria-label={t("nav.cart_label", { count })}>
          <svg
            aria-hidden="true"
            width="22"
            height="22"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          >
            <path d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2" />
            <circle cx="9.5" cy="19" r="1.5" />
            <circle cx="17" cy="19" r="1.5" />
          </svg>{" "}
          {t("nav.cart")}{" "}
          <span className="cart-count" aria-hidden="true">
            {count}
          </span>
        </Link>
      </div>
      <nav aria-label={t("nav.categories")} className="category-nav">
        <ul role="list">
          <li>
            <NavLink to="/ocop" className="category-nav-ocop">
              {t("nav.ocop")}
            </NavLink>
          </li>
          {(data?.categories ?? []).map((category) => (
            <li key={category.handle}>
              <NavLink to={`/danh-muc/${category.handle}`}>{category.name}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

function Footer() {
  const t = useT()
  return (
    <footer className="site-footer">
      <div className="footer-grid">
        <section aria-labelledby="footer-operator">
          <h2 id="footer-operator">{t("footer.operator_title")}</h2>
          <p>{t("footer.operator_name")}</p>
          <p>{t("footer.operator_address")}</p>
          <p>{t("footer.operator_contact")}</p>
          <p>{t("footer.operator_license")}</p>
        </section>
        <nav aria-labelledby="footer-sellers">
          <h2 id="footer-sellers">{t("footer.sellers_title")}</h2>
          <p>{t("footer.sellers_body")}</p>
          <ul role="list">
            <li>
              <Link to={SELLER_HOME}>{t("nav.sell")}</Link>
            </li>
            <li>
              <Link to={SELLER_REGISTER}>{t("seller.welcome.register")}</Link>
            </li>
          </ul>
        </nav>
        <nav aria-labelledby="footer-policies">
          <h2 id="footer-policies">{t("footer.policies_title")}</h2>
          <ul role="list">
            <li>
              <Link to="/chinh-sach/giao-hang">{t("policy.delivery.title")}</Link>
            </li>
            <li>
              <Link to="/chinh-sach/thanh-toan">{t("policy.payment.title")}</Link>
            </li>
            <li>
              <Link to="/chinh-sach/khieu-nai">{t("policy.complaints.title")}</Link>
            </li>
            <li>
              <Link to="/chinh-sach/bao-mat">{t("policy.privacy.title")}</Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="footer-note">{t("footer.note")}</p>
    </footer>
  )
}

/** The vendor screen is an app of its own on a market phone: no shop header or footer. */
function isStallScreen(pathname: string): boolean {
  return pathname === "/ban-hang" || pathname.startsWith("/ban-hang/")
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root")
  const lang = useLang()
  const t = useT()
  const nonce = useNonce()
  const bare = isStallScreen(useLocation().pathname)
  const hydrate = pageHydrates(useMatches())
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1d6b3a" />
        <Meta />
        <Links />
        {hydrate ? <link rel="preload" href={DICTIONARY_URLS[lang]} as="fetch" crossOrigin="anonymous" /> : null}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("nav.skip")}
        </a>
        {bare ? null : <Header data={data} />}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {bare ? null : <Footer />}
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT()
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound />
  }
  const refusal = crossSiteRefusal(error)
  if (refusal) {
    return <CrossSiteRefused lang={refusal.lang} />
  }
  const detail = import.meta.env.DEV && error instanceof Error ? error.stack : undefined
  return (
    <section className="page narrow" aria-labelledby="error-title">
      <h1 id="error-title">{t("error.title")}</h1>
      <p role="alert">{t("error.body")}</p>
      <p>
        <Link className="button" to="/">
          {t("notfound.home")}
        </Link>
      </p>
      {detail ? <pre className="error-detail">{detail}</pre> : null}
    </section>
  )
}
