import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ProductImage } from "~/components/ProductImage"
import { SubmitButton } from "~/components/SubmitButton"
import { cartErrorKey, loadCart, readQuantity, removeLine, toCartVM, updateLine } from "~/lib/cart.server"
import { clearCartCookie, readCartId, readLang } from "~/lib/cookies.server"
import { formatVnd } from "~/lib/format"
import { type MessageKey, translate } from "~/lib/i18n"
import { isClientError } from "~/lib/medusa.server"
import { useT } from "~/lib/use-t"
import type { Route } from "./+types/cart"

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const { cart, stale } = await loadCart(request, lang)
  const headers = stale ? { "Set-Cookie": await clearCartCookie() } : undefined
  return data({ title: translate(lang, "cart.meta_title"), cart: cart ? toCartVM(cart) : null }, { headers })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = { error: MessageKey; lineId: string | null }

export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const intent = form.get("intent")
  const lineId = form.get("line_id")
  const cartId = await readCartId(request)
  if (!cartId || typeof lineId !== "string" || !lineId) {
    return data<ActionResult>({ error: "cart.error.not_found", lineId: null }, 400)
  }
  try {
    if (intent === "remove") {
      await removeLine(cartId, lang, lineId)
    } else if (intent === "update") {
      const quantity = readQuantity(form.get("quantity"), 0)
      if (quantity === null) {
        return data<ActionResult>({ error: "product.error.quantity", lineId }, 400)
      }
      await updateLine(cartId, lang, lineId, quantity)
    } else {
      return data<ActionResult>({ error: "cart.error.generic", lineId }, 400)
    }
  } catch (error) {
    if (isClientError(error)) {
      return data<ActionResult>({ error: cartErrorKey(error), lineId }, 400)
    }
    throw error
  }
  return redirect("/gio-hang", 303)
}

export default function Cart({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { cart } = loaderData
  if (!cart || cart.lines.length === 0) {
    return (
      <section className="page narrow" aria-labelledby="cart-title">
        <h1 id="cart-title">{t("cart.title")}</h1>
        <p>{t("cart.empty")}</p>
        <p>
          <Link className="button" to="/danh-muc">
            {t("cart.continue")}
          </Link>
        </p>
      </section>
    )
  }
  return (
    <section className="page" aria-labelledby="cart-title">
      <h1 id="cart-title">{t("cart.title")}</h1>
      {actionData?.error && !actionData.lineId ? <Alert kind="error">{t(actionData.error)}</Alert> : null}
      <ul className="cart-lines" role="list">
        {cart.lines.map((line) => {
          const quantityId = `qty-${line.id}`
          const errorId = `err-${line.id}`
          const lineError = actionData?.lineId === line.id ? actionData.error : null
          return (
            <li key={line.id} className="cart-line">
              <ProductImage image={line.image} alt="" sizes="5rem" className="cart-line-image" />
              <div className="cart-line-body">
                <h2 className="cart-line-title">
                  {line.productHandle ? <Link to={`/san-pham/${line.productHandle}`}>{line.title}</Link> : line.title}
                </h2>
                {line.variantTitle ? <p className="muted">{line.variantTitle}</p> : null}
                <p>
                  {t("cart.unit_price")}: {formatVnd(line.unitPrice)}
                </p>
                {lineError ? (
                  <p id={errorId} className="field-error" role="alert">
                    {t(lineError)}
                  </p>
                ) : null}
                <div className="cart-line-actions">
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="line_id" value={line.id} />
                    <label htmlFor={quantityId}>{t("product.quantity")}</label>
                    <input
                      id={quantityId}
                      name="quantity"
                      type="number"
                      inputMode="numeric"
                      min={0}
                      max={99}
                      defaultValue={line.quantity}
                      aria-invalid={lineError ? true : undefined}
                      aria-describedby={lineError ? errorId : undefined}
                      className="quantity-input"
                    />
                    <SubmitButton intent="update" match={{ line_id: line.id }} className="button button-secondary">
                      {t("cart.update")}
                    </SubmitButton>
                  </Form>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="line_id" value={line.id} />
                    <SubmitButton
                      intent="remove"
                      match={{ line_id: line.id }}
                      className="link-button danger"
                      aria-label={t("cart.remove_label", { title: line.title })}
                    >
                      {t("cart.remove")}
                    </SubmitButton>
                  </Form>
                </div>
              </div>
              <p className="cart-line-total">{formatVnd(line.total)}</p>
            </li>
          )
        })}
      </ul>
      <div className="cart-summary">
        <dl className="totals">
          <dt>{t("cart.subtotal")}</dt>
          <dd>{formatVnd(cart.itemTotal)}</dd>
        </dl>
        <p className="muted">{t("cart.shipping_note")}</p>
        <p className="cart-summary-actions">
          <Link className="button button-primary button-wide" to="/thanh-toan">
            {t("cart.checkout")}
          </Link>
          <Link to="/danh-muc">{t("cart.continue")}</Link>
        </p>
      </div>
    </section>
  )
}
