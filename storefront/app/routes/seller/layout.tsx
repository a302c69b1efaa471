import { Form, Link, NavLink, Outlet } from "react-router"
import { readSellerToken } from "~/lib/seller.server"
import {
  SELLER_DOCUMENTS,
  SELLER_HOME,
  SELLER_MEMBERS,
  SELLER_NEW_PRODUCT,
  SELLER_OCOP,
  SELLER_PROFILE,
  SELLER_SIGN_IN,
  SELLER_SIGN_OUT,
} from "~/lib/seller-paths"
import { SELLER_LOTS } from "~/lib/seller-trace-paths"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/layout"

/** The channel's bar: only whether a session cookie is there (no backend call). */
export async function loader({ request }: Route.LoaderArgs) {
  return { signedIn: (await readSellerToken(request)) !== null }
}

export default function SellerLayout({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <>
      <div className="channel-bar">
        <div className="channel-inner">
          <Link to={SELLER_HOME} className="channel-title">
            {t("seller.channel")}
          </Link>
          {loaderData.signedIn ? (
            <nav aria-label={t("seller.nav_label")} className="channel-nav">
              <ul role="list">
                <li>
                  <NavLink to={SELLER_HOME} end>
                    {t("seller.nav.dashboard")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={SELLER_NEW_PRODUCT}>{t("seller.nav.new_product")}</NavLink>
                </li>
                <li>
                  <NavLink to={SELLER_OCOP}>{t("seller.nav.ocop")}</NavLink>
                </li>
                <li>
                  <NavLink to={SELLER_LOTS}>{t("sellerTrace.nav")}</NavLink>
                </li>
                <li>
                  <NavLink to={SELLER_MEMBERS}>{t("seller.nav.members")}</NavLink>
                </li>
                <li>
                  <NavLink to={SELLER_PROFILE}>{t("seller.nav.profile")}</NavLink>
                </li>
                <li>
                  <NavLink to={SELLER_DOCUMENTS}>{t("seller.nav.documents")}</NavLink>
                </li>
                <li>
                  <Form method="post" action={SELLER_SIGN_OUT}>
                    <button type="submit" className="link-button">
                      {t("seller.nav.sign_out")}
                    </button>
                  </Form>
                </li>
              </ul>
            </nav>
          ) : (
            <Link to={SELLER_SIGN_IN} className="channel-signin">
              {t("seller.signin.link")}
            </Link>
          )}
        </div>
      </div>
      <Outlet />
    </>
  )
}
