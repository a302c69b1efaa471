import { useEffect, useState } from "react"
import {
  data,
  Form,
  Link,
  redirect,
  type ShouldRevalidateFunctionArgs,
  useNavigation,
  useSearchParams,
} from "react-router"
import { Alert } from "~/components/Alert"
import { Field } from "~/components/Field"
import { OcopBadge } from "~/components/OcopBadge"
import { OcopCertificatePanel } from "~/components/OcopCertificatePanel"
import { ProductImage } from "~/components/ProductImage"
import { SellerFacts } from "~/components/SellerFacts"
import { SubmitButton } from "~/components/SubmitButton"
import { addToCart, cartErrorKey, readQuantity } from "~/lib/cart.server"
import { getProduct } from "~/lib/catalog.server"
import { readLang } from "~/lib/cookies.server"
import { formatVnd } from "~/lib/format"
import { type MessageKey, translate } from "~/lib/i18n"
import { isClientError } from "~/lib/medusa.server"
import { getProductCertificate } from "~/lib/ocop.server"
import { getProductSeller } from "~/lib/seller-public.server"
import { useHydrated } from "~/lib/use-hydrated"
import { useT } from "~/lib/use-t"
import { isSoldOut, selectVariant } from "~/lib/variants"
import type { Route } from "./+types/product"

export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = await readLang(request)
  // The seller's legal identity (Law 122/2025) and the OCOP certificate are asked for at the same
  // time, by the handle; nothing when the product has no approved seller or no valid certificate.
  const [product, seller, certificate] = await Promise.all([
    getProduct(lang, params.handle),
    getProductSeller(params.handle, lang),
    getProductCertificate(params.handle, lang),
  ])
  if (!product) {
    throw data(null, { status: 404 })
  }
  const url = new URL(request.url)
  const added = readQuantity(url.searchParams.get("added"))
  return {
    title: translate(lang, "product.meta_title", { title: product.title }),
    product,
    seller,
    certificate,
    added,
    quantity: readQuantity(url.searchParams.get("quantity")) ?? 1,
  }
}

/** Choosing another variant only changes `?variant=`: the page already has every variant's data. */
export function shouldRevalidate({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs) {
  if (!formMethod && currentUrl.pathname === nextUrl.pathname) {
    const changed = new Set<string>()
    for (const key of new Set([...currentUrl.searchParams.keys(), ...nextUrl.searchParams.keys()])) {
      if (currentUrl.searchParams.get(key) !== nextUrl.searchParams.get(key)) {
        changed.add(key)
      }
    }
    if ([...changed].every((key) => key === "variant")) {
      return false
    }
  }
  return defaultShouldRevalidate
}

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) {
    return [{ title: "Chợ Số" }]
  }
  const { product } = loaderData
  return [
    { title: loaderData.title },
    { name: "description", content: product.subtitle ?? product.description?.slice(0, 160) ?? "" },
    { property: "og:title", content: product.title },
    ...(product.image ? [{ property: "og:image", content: product.image.src }] : []),
  ]
}

type ActionResult = { error: MessageKey; quantity: string }

export async function action({ request, params }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const variantId = form.get("variant")
  const rawQuantity = form.get("quantity")
  const quantity = readQuantity(rawQuantity)
  const keep = typeof rawQuantity === "string" ? rawQuantity : "1"
  if (typeof variantId !== "string" || !variantId) {
    return data<ActionResult>({ error: "product.error.choose_variant", quantity: keep }, 400)
  }
  if (quantity === null) {
    return data<ActionResult>({ error: "product.error.quantity", quantity: keep }, 400)
  }
  try {
    const { setCookie } = await addToCart(request, lang, variantId, quantity)
    const search = new URLSearchParams({ variant: variantId, added: String(quantity) })
    return redirect(`/san-pham/${encodeURIComponent(params.handle)}?${search}`, {
      status: 303,
      headers: setCookie ? { "Set-Cookie": setCookie } : undefined,
    })
  } catch (error) {
    if (isClientError(error)) {
      return data<ActionResult>({ error: cartErrorKey(error), quantity: keep }, 400)
    }
    throw error
  }
}

const DETAIL_IMAGE_SIZES = "(min-width: 56em) 28rem, 100vw"

export default function Product({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const hydrated = useHydrated()
  const navigation = useNavigation()
  const [searchParams, setSearchParams] = useSearchParams()
  const { product, added } = loaderData
  const requested = searchParams.get("variant")
  // Local state answers the click at once; the URL follows (shareable, works without JS).
  const [chosenId, setChosenId] = useState(requested)
  useEffect(() => setChosenId(requested), [requested])
  const selected = selectVariant(product.variants, chosenId)
  const soldOut = isSoldOut(selected)
  const maxQuantity = selected?.stock ?? 99
  const submitting = navigation.state !== "idle" && navigation.formData?.get("intent") === "add"

  return (
    <article className="page product" aria-labelledby="product-title">
      <nav aria-label={t("nav.breadcrumb")} className="breadcrumb">
        <Link to="/">{t("nav.home")}</Link>
        {product.category ? (
          <>
            {" "}
            <span aria-hidden="true">›</span>{" "}
            <Link to={`/danh-muc/${product.category.handle}`}>{product.category.name}</Link>
          </>
        ) : null}
      </nav>

      <div className="product-layout">
        {/* biome-ignore lint/a11y/useSemanticElements: a group of pictures, not form fields (fieldset) */}
        <div className="gallery" aria-label={t("product.gallery")} role="group">
          <ul role="list" className="gallery-list">
            {product.images.map((image, index) => (
              <li key={image.src}>
                <ProductImage
                  image={image}
                  alt={index === 0 ? product.title : t("product.image_n", { n: index + 1, title: product.title })}
                  sizes={DETAIL_IMAGE_SIZES}
                  priority={index === 0}
                  className="gallery-image"
                />
              </li>
            ))}
            {product.images.length === 0 ? (
              <li>
                <ProductImage image={null} alt={product.title} sizes={DETAIL_IMAGE_SIZES} className="gallery-image" />
              </li>
            ) : null}
          </ul>
        </div>

        <div className="product-info">
          <h1 id="product-title">{product.title}</h1>
          {product.subtitle ? <p className="lead">{product.subtitle}</p> : null}
          <p className="product-badges">
            <OcopBadge badge={product.ocop} />
            {product.provinceName ? (
              <span className="origin-tag">{t("product.origin", { province: product.provinceName })}</span>
            ) : null}
          </p>

          <p className="product-price" aria-live="polite">
            <span className="price">{formatVnd(selected?.price)}</span>{" "}
            <span className="muted">{t("product.vat_included")}</span>
          </p>
          <p className={soldOut ? "stock stock-out" : "stock"}>
            {selected?.stock === null || selected === undefined
              ? t("product.in_stock")
              : selected.stock > 0
                ? t("product.stock_left", { count: selected.stock })
                : t("product.sold_out")}
          </p>

          {added && !submitting ? (
            <Alert kind="success">
              {t("product.added", { count: added })} <Link to="/gio-hang">{t("product.view_cart")}</Link>
            </Alert>
          ) : null}
          {actionData?.error ? <Alert kind="error">{t(actionData.error)}</Alert> : null}

          <Form method="post" className="add-form" preventScrollReset>
            {product.variants.length > 0 ? (
              <fieldset className="variant-group">
                <legend>{t("product.variant_legend")}</legend>
                {product.variants.map((variant) => (
                  <label key={variant.id} className="variant-option">
                    <input
                      type="radio"
                      name="variant"
                      value={variant.id}
                      checked={variant.id === selected?.id}
                      onChange={() => {
                        setChosenId(variant.id)
                        setSearchParams(
                          (prev) => {
                            const next = new URLSearchParams(prev)
                            next.set("variant", variant.id)
                            next.delete("added")
                            return next
                          },
                          { replace: true, preventScrollReset: true }
                        )
                      }}
                    />
                    <span className="variant-title">{variant.title}</span>
                    <span className="variant-price">{formatVnd(variant.price)}</span>
                    <span className="variant-stock">
                      {variant.stock === null
                        ? ""
                        : variant.stock > 0
                          ? t("product.stock_left", { count: variant.stock })
                          : t("product.sold_out")}
                    </span>
                  </label>
                ))}
              </fieldset>
            ) : null}
            <Field name="quantity" label={t("product.quantity")} inline>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={Math.max(1, Math.min(99, maxQuantity))}
                  defaultValue={actionData?.quantity ?? String(loaderData.quantity)}
                  key={selected?.id}
                />
              )}
            </Field>
            <SubmitButton intent="add" disabled={soldOut} className="button button-primary button-wide">
              {soldOut ? t("product.sold_out") : t("product.add_to_cart")}
            </SubmitButton>
            {/* After the primary action: when it goes at hydration nothing above the add button moves
                (a tap during that moment would land elsewhere), and Enter in the quantity adds to the cart. */}
            {!hydrated ? (
              <button type="submit" formMethod="get" className="button button-secondary">
                {t("product.show_variant")}
              </button>
            ) : null}
          </Form>
        </div>
      </div>

      {product.description ? (
        <section aria-labelledby="description-title" className="product-section">
          <h2 id="description-title">{t("product.description")}</h2>
          <p className="prose">{product.description}</p>
        </section>
      ) : null}

      {product.shelfLifeDays ? (
        <section aria-labelledby="details-title" className="product-section">
          <h2 id="details-title">{t("product.details")}</h2>
          <dl className="details">
            <dt>{t("product.shelf_life")}</dt>
            <dd>{t("product.shelf_life_days", { days: product.shelfLifeDays })}</dd>
          </dl>
        </section>
      ) : null}

      {loaderData.certificate ? <OcopCertificatePanel certificate={loaderData.certificate} /> : null}

      {product.producer ? (
        <section aria-labelledby="producer-title" className="product-section producer-card">
          <h2 id="producer-title">{t("product.producer")}</h2>
          <p className="producer-name">{product.producer.name}</p>
          {product.producer.kind ? <p className="muted">{producerKind(t, product.producer.kind)}</p> : null}
          {product.producer.description ? <p>{product.producer.description}</p> : null}
          <dl className="details">
            {product.producer.street || product.producer.provinceName ? (
              <>
                <dt>{t("product.producer_address")}</dt>
                <dd>{[product.producer.street, product.producer.provinceName].filter(Boolean).join(", ")}</dd>
              </>
            ) : null}
            {product.producer.phone ? (
              <>
                <dt>{t("product.producer_phone")}</dt>
                <dd>
                  <a href={`tel:${product.producer.phone.replace(/[^\d+]/g, "")}`}>{product.producer.phone}</a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {loaderData.seller ? (
        <section aria-labelledby="seller-title" className="product-section producer-card">
          <h2 id="seller-title">{t("product.seller")}</h2>
          <SellerFacts seller={loaderData.seller} linkName />
          <p className="muted small">{t("product.seller_note")}</p>
        </section>
      ) : null}
    </article>
  )
}

function producerKind(t: ReturnType<typeof useT>, kind: string): string {
  switch (kind) {
    case "cooperative":
      return t("producer.kind.cooperative")
    case "enterprise":
      return t("producer.kind.enterprise")
    case "household":
      return t("producer.kind.household")
    default:
      return kind
  }
}
