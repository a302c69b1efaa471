import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { SubmitButton } from "~/components/SubmitButton"
import { readLang } from "~/lib/cookies.server"
import { formatVnd } from "~/lib/format"
import { type Lang, type MessageKey, translate } from "~/lib/i18n"
import { LOW_STOCK } from "~/lib/product-form"
import { hasSellerCookie, readSellerToken, withSellerToken } from "~/lib/seller.server"
import { sellerCodeMessage } from "~/lib/seller-actions.server"
import { kindKey, productStatusKey, roleKey, sellerStatusKey } from "~/lib/seller-labels"
import {
  SELLER_FORGOT,
  SELLER_HOME,
  SELLER_NEW_PRODUCT,
  SELLER_PROFILE,
  SELLER_REGISTER,
  SELLER_SIGN_IN,
  sellerProductPath,
  shopPath,
} from "~/lib/seller-paths"
import { type ProductRowVM, toProductRow } from "~/lib/seller-view"
import { useT } from "~/lib/use-t"
import {
  getMe,
  isRefusal,
  listVendorProducts,
  publishVendorProduct,
  type VendorApiError,
} from "~/lib/vendor-api.server"
import type { MemberRole, SellerKind, SellerStatus } from "~/lib/vendor-types"
import type { Route } from "./+types/home"

/** `?notice=` after a redirect to this page. */
const NOTICES = {
  welcome: "seller.notice.welcome",
  joined: "seller.notice.joined",
  reapplied: "seller.notice.reapplied",
  published: "seller.notice.published",
  unpublished: "seller.notice.unpublished",
  deleted: "seller.notice.deleted",
} as const satisfies Record<string, MessageKey>
type Notice = keyof typeof NOTICES

function readNotice(value: string | null): Notice | null {
  return value && Object.hasOwn(NOTICES, value) ? (value as Notice) : null
}

interface SignedIn {
  view: "signed_in"
  title: string
  notice: Notice | null
  member: { name: string; role: MemberRole }
  seller: { name: string; handle: string; kind: SellerKind; status: SellerStatus; reason: string | null }
  /** null: the product list could not be loaded for this seller (refused). */
  products: ProductRowVM[] | null
  count: number
}

interface SignedOut {
  view: "signed_out"
  title: string
  /** The cookie was there but the session had ended. */
  expired: boolean
}

export async function loader({ request }: Route.LoaderArgs): Promise<SignedIn | SignedOut> {
  const lang = await readLang(request)
  const title = translate(lang, "seller.home.meta_title")
  if (!(await readSellerToken(request))) {
    return { view: "signed_out", title, expired: await hasSellerCookie(request) }
  }
  return withSellerToken(request, async (token) => {
    const [me, list] = await Promise.all([
      getMe(token, lang),
      listVendorProducts(token, lang).catch((error: unknown) => {
        // A seller the backend does not let list products yet still sees its status.
        if (isRefusal(error) && error.status !== 401) {
          return null
        }
        throw error
      }),
    ])
    return {
      view: "signed_in",
      title,
      notice: readNotice(new URL(request.url).searchParams.get("notice")),
      member: { name: me.member.name, role: me.member.role },
      seller: {
        name: me.seller.name,
        handle: me.seller.handle,
        kind: me.seller.kind,
        status: me.seller.status,
        reason: me.seller.status_reason ?? null,
      },
      products: list ? list.products.map((p) => toProductRow(p, lang)) : null,
      count: list?.count ?? 0,
    }
  })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { productId: string; message: string }

/** Publish / unpublish from the list. */
export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  return withSellerToken(request, async (token) => {
    const form = await request.formData()
    const productId = form.get("product_id")
    const published = form.get("published") === "true"
    if (form.get("intent") !== "publish" || typeof productId !== "string" || !productId) {
      return data<ActionResult>({ productId: "", message: translate(lang, "checkout.error.unknown_step") }, 400)
    }
    try {
      await publishVendorProduct(token, productId, published)
    } catch (error) {
      if (isRefusal(error)) {
        return data<ActionResult>({ productId, message: refusalMessage(lang, error) }, 400)
      }
      throw error
    }
    return redirect(`${SELLER_HOME}?notice=${published ? "published" : "unpublished"}`, 303)
  })
}

function refusalMessage(lang: Lang, error: VendorApiError): string {
  return (error.code && sellerCodeMessage(lang, error.code)) || error.message || translate(lang, "error.body")
}

export default function SellerHome({ loaderData, actionData }: Route.ComponentProps) {
  if (loaderData.view === "signed_out") {
    return <Welcome expired={loaderData.expired} />
  }
  return <Dashboard data={loaderData} actionData={actionData} />
}

function Welcome({ expired }: { expired: boolean }) {
  const t = useT()
  return (
    <div className="page narrow seller-welcome">
      <h1>{t("seller.welcome.title")}</h1>
      {expired ? <Alert kind="info">{t("seller.signin.reason.expired")}</Alert> : null}
      <p className="lead">{t("seller.welcome.lead")}</p>
      <ul className="why-list">
        <li>{t("seller.welcome.point_free")}</li>
        <li>{t("seller.welcome.point_phone")}</li>
        <li>{t("seller.welcome.point_paid")}</li>
      </ul>
      <p className="hero-actions">
        <Link className="button button-primary" to={SELLER_SIGN_IN}>
          {t("seller.signin.submit")}
        </Link>
        <Link className="button button-secondary" to={SELLER_REGISTER}>
          {t("seller.welcome.register")}
        </Link>
      </p>
      <p>
        <Link to={SELLER_FORGOT}>{t("seller.signin.forgot")}</Link>
      </p>
      <section aria-labelledby="welcome-needs" className="product-section">
        <h2 id="welcome-needs">{t("seller.welcome.needs_title")}</h2>
        <ul>
          <li>{t("seller.welcome.need_id")}</li>
          <li>{t("seller.welcome.need_registration")}</li>
          <li>{t("seller.welcome.need_bank")}</li>
        </ul>
      </section>
    </div>
  )
}

function StatusCard({ seller }: { seller: SignedIn["seller"] }) {
  const t = useT()
  const heading = <h2 id="status-title">{t(sellerStatusKey(seller.status))}</h2>
  switch (seller.status) {
    case "pending":
      return (
        <section className="status-card status-pending" aria-labelledby="status-title">
          {heading}
          <p>{t("seller.pending.body")}</p>
          <ol>
            <li>{t("seller.pending.step_review")}</li>
            <li>{t("seller.pending.step_email")}</li>
            <li>{t("seller.pending.step_drafts")}</li>
          </ol>
          <p>{t("seller.contact")}</p>
        </section>
      )
    case "rejected":
      return (
        <section className="status-card status-rejected" aria-labelledby="status-title">
          {heading}
          <p>{t("seller.rejected.body")}</p>
          <StatusReason reason={seller.reason} />
          <p>
            <Link className="button button-primary" to={`${SELLER_PROFILE}?reapply=1`}>
              {t("seller.rejected.edit")}
            </Link>
          </p>
          <p>{t("seller.contact")}</p>
        </section>
      )
    case "suspended":
      return (
        <section className="status-card status-rejected" aria-labelledby="status-title">
          {heading}
          <p>{t("seller.suspended.body")}</p>
          <StatusReason reason={seller.reason} />
          <p>{t("seller.contact")}</p>
        </section>
      )
    default:
      return (
        <section className="status-card status-approved" aria-labelledby="status-title">
          {heading}
          <p>
            {t("seller.approved.body")} <Link to={shopPath(seller.handle)}>{t("seller.approved.view_shop")}</Link>
          </p>
        </section>
      )
  }
}

function Dashboard({ data: loaded, actionData }: { data: SignedIn; actionData: ActionResult | undefined }) {
  const t = useT()
  const { seller, member, products } = loaded
  const approved = seller.status === "approved"
  const lowVariants = (products ?? []).flatMap((p) => p.variants.filter((v) => v.low).map((v) => ({ p, v })))
  return (
    <div className="page seller-dashboard">
      <h1>{seller.name}</h1>
      <p className="muted">
        {t(kindKey(seller.kind))} · {member.name} ({t(roleKey(member.role))})
      </p>
      {loaded.notice ? <Alert kind="success">{t(NOTICES[loaded.notice])}</Alert> : null}
      <StatusCard seller={seller} />

      <section aria-labelledby="products-title" className="product-section">
        <div className="section-head">
          <h2 id="products-title">{t("seller.products.title", { count: loaded.count })}</h2>
          <Link className="button" to={SELLER_NEW_PRODUCT}>
            {t("seller.nav.new_product")}
          </Link>
        </div>
        {actionData?.message && !actionData.productId ? <Alert kind="error">{actionData.message}</Alert> : null}
        {lowVariants.length ? (
          <Alert kind="info">
            <strong>{t("seller.products.low_stock_title", { count: lowVariants.length })}</strong>{" "}
            {t("seller.products.low_stock_hint", { max: LOW_STOCK })}
          </Alert>
        ) : null}
        {products === null ? (
          <p className="muted">{t("seller.products.unavailable")}</p>
        ) : products.length === 0 ? (
          <p>{t("seller.products.empty")}</p>
        ) : (
          <ul className="seller-products" role="list">
            {products.map((product) => (
              <ProductRow
                key={product.id}
                product={product}
                approved={approved}
                error={actionData?.productId === product.id ? actionData.message : undefined}
              />
            ))}
          </ul>
        )}
        {products !== null && products.length < loaded.count ? (
          <p className="muted small">{t("seller.products.partial", { shown: products.length, count: loaded.count })}</p>
        ) : null}
      </section>
    </div>
  )
}

function ProductRow({ product, approved, error }: { product: ProductRowVM; approved: boolean; error?: string }) {
  const t = useT()
  const published = product.status === "published"
  const errorId = `publish-error-${product.id}`
  return (
    <li className="seller-product">
      {product.thumbnail ? (
        <img src={product.thumbnail} alt="" width={80} height={80} className="seller-product-image" />
      ) : (
        <div className="seller-product-image image-placeholder" aria-hidden="true" />
      )}
      <div className="seller-product-body">
        <h3 className="seller-product-title">
          <Link to={sellerProductPath(product.id)}>{product.title}</Link>
        </h3>
        <p>
          <span className={published ? "status-badge status-badge-on" : "status-badge"}>
            {t(productStatusKey(product.status))}
          </span>
        </p>
        <ul className="seller-variants" role="list">
          {product.variants.map((variant, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt from the server each time
            <li key={index} className={variant.low ? "stock-low" : undefined}>
              <span>{variant.title}</span> <span>{formatVnd(variant.price)}</span>{" "}
              <span>
                {variant.stock === 0
                  ? t("seller.products.out_of_stock")
                  : variant.low
                    ? t("seller.products.low_stock", { count: variant.stock })
                    : t("seller.products.stock", { count: variant.stock })}
              </span>
            </li>
          ))}
        </ul>
        {error ? (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="seller-product-actions">
          <Link className="button button-secondary" to={sellerProductPath(product.id)}>
            {t("seller.products.edit")}
          </Link>
          {approved || published ? (
            <Form method="post" className="inline-form">
              <input type="hidden" name="product_id" value={product.id} />
              <input type="hidden" name="published" value={published ? "false" : "true"} />
              <SubmitButton
                intent="publish"
                match={{ product_id: product.id }}
                className="button button-secondary"
                aria-describedby={error ? errorId : undefined}
                aria-label={t(published ? "seller.products.unpublish_label" : "seller.products.publish_label", {
                  title: product.title,
                })}
              >
                {published ? t("seller.products.unpublish") : t("seller.products.publish")}
              </SubmitButton>
            </Form>
          ) : null}
        </div>
      </div>
    </li>
  )
}

/** The operator's reason for a rejection or a suspension, as the seller reads it. */
function StatusReason({ reason }: { reason: string | null }) {
  const t = useT()
  if (!reason) return null
  return (
    <blockquote className="status-reason">
      <p className="muted small">{t("seller.reason_label")}</p>
      <p>{reason}</p>
    </blockquote>
  )
}
