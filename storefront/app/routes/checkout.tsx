import { FREE_SHIPPING_THRESHOLD, VNPAY_PROVIDER_ID } from "@choso/commerce"
import { useEffect, useState } from "react"
import { data, Form, Link, redirect } from "react-router"
import { Alert } from "~/components/Alert"
import { ErrorSummary } from "~/components/ErrorSummary"
import { Field } from "~/components/Field"
import { LineList } from "~/components/LineList"
import { ProvinceWardFields } from "~/components/ProvinceWardFields"
import { SubmitButton } from "~/components/SubmitButton"
import {
  ADDRESS_FIELDS,
  type AddressErrors,
  type AddressField,
  type AddressFormValues,
  addressErrorKey,
  EMPTY_ADDRESS,
  hasErrors,
  readAddressForm,
} from "~/lib/address"
import { loadCart, toCartVM } from "~/lib/cart.server"
import {
  ensureShippingMethod,
  listPaymentOptions,
  listShippingOptions,
  placeOrder,
  readPaymentChoice,
  saveAddress,
  setShippingMethod,
  validateCheckoutAddress,
} from "~/lib/checkout.server"
import { clientIp } from "~/lib/client-ip.server"
import { clearCartCookie, readCartId, readLang, rememberOrder } from "~/lib/cookies.server"
import { formatVnd } from "~/lib/format"
import { type Lang, type MessageKey, translate } from "~/lib/i18n"
import { isClientError } from "~/lib/medusa.server"
import type { CartVM, PaymentOptionVM, WardVM } from "~/lib/types"
import { useHydrated } from "~/lib/use-hydrated"
import { useT } from "~/lib/use-t"
import { listProvinces, listWards, peekWards } from "~/lib/vn-address.server"
import { startVNPayPayment } from "~/lib/vnpay.server"
import type { Route } from "./+types/checkout"

type FieldErrors = Partial<Record<AddressField, string>>

function translateErrors(lang: Lang, errors: AddressErrors): FieldErrors {
  const out: FieldErrors = {}
  for (const field of ADDRESS_FIELDS) {
    const code = errors[field]
    if (code) {
      out[field] = translate(lang, addressErrorKey(code))
    }
  }
  return out
}

function valuesFromCart(cart: CartVM): AddressFormValues {
  const address = cart.shippingAddress
  return {
    email: cart.email ?? "",
    full_name: address?.fullName ?? "",
    phone: address?.phone ?? "",
    province: address?.provinceCode ?? "",
    ward: address?.wardCode ?? "",
    street: address?.street ?? "",
  }
}

export async function loader({ request }: Route.LoaderArgs) {
  const lang = await readLang(request)
  const url = new URL(request.url)
  const title = translate(lang, "checkout.meta_title")
  const { cart: raw, stale } = await loadCart(request, lang)
  const headers = stale ? { "Set-Cookie": await clearCartCookie() } : undefined
  if (!raw?.items?.length) {
    return data(
      {
        title,
        cart: null,
        provinces: [],
        wards: [],
        values: EMPTY_ADDRESS,
        shippingOptions: [],
        paymentOptions: [],
      },
      { headers }
    )
  }
  const cart = toCartVM(raw)
  // The no-JS "choose ward" step is a GET of this page with the form's fields.
  const values = url.searchParams.get("step") === "ward" ? readAddressForm(url.searchParams) : valuesFromCart(cart)
  const [provinces, wards, shippingOptions, paymentOptions] = await Promise.all([
    listProvinces(),
    values.province ? listWards(values.province).catch(() => []) : Promise.resolve([]),
    cart.shippingAddress ? listShippingOptions(cart.id, lang).catch(() => []) : Promise.resolve([]),
    listPaymentOptions(),
  ])
  return data({ title, cart, provinces, wards, values, shippingOptions, paymentOptions }, { headers })
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Chợ Số" }, { name: "robots", content: "noindex" }]
}

type ActionResult = {
  intent: "address" | "shipping" | "place-order"
  /** Translated per-field messages of the address form. */
  fieldErrors?: FieldErrors
  /** What the person typed, to fill the form again. */
  values?: AddressFormValues
  /** Wards of the province they chose, so the ward select keeps its options. */
  wards?: WardVM[]
  message?: MessageKey
  /** The payment radio that was chosen, to keep it chosen on the page that shows the error. */
  payment?: string
}

export async function action({ request }: Route.ActionArgs) {
  const lang = await readLang(request)
  const form = await request.formData()
  const intent = form.get("intent")

  if (intent === "address") {
    const values = readAddressForm(form)
    const errors = await validateCheckoutAddress(values)
    if (hasErrors(errors)) {
      const wards = /^\d{2}$/.test(values.province) ? (peekWards(values.province) ?? []) : []
      return data<ActionResult>({ intent, fieldErrors: translateErrors(lang, errors), values, wards }, 400)
    }
    const cartId = await readCartId(request)
    if (!cartId) {
      return redirect("/gio-hang", 303)
    }
    const result = await saveAddress(cartId, lang, values)
    if (!result.ok) {
      const wards = await listWards(values.province).catch(() => [])
      return data<ActionResult>(
        { intent, fieldErrors: translateErrors(lang, result.errors), values, wards, message: result.message },
        400
      )
    }
    // Choose the shipping option when there is only one for this province.
    await ensureShippingMethod(cartId, lang).catch(() => undefined)
    return redirect("/thanh-toan#buoc-giao-hang", 303)
  }

  if (intent === "shipping") {
    const optionId = form.get("option_id")
    const cartId = await readCartId(request)
    if (!cartId) {
      return redirect("/gio-hang", 303)
    }
    if (typeof optionId !== "string" || !optionId) {
      return data<ActionResult>({ intent, message: "checkout.error.choose_shipping" }, 400)
    }
    try {
      await setShippingMethod(cartId, lang, optionId)
    } catch (error) {
      if (isClientError(error)) {
        return data<ActionResult>({ intent, message: "checkout.error.shipping_rejected" }, 400)
      }
      throw error
    }
    return redirect("/thanh-toan#buoc-thanh-toan", 303)
  }

  if (intent === "place-order") {
    const choice = readPaymentChoice(form)
    if (!choice.ok) {
      return data<ActionResult>({ intent, message: choice.message }, 400)
    }
    const payment = choice.value
    const { cart } = await loadCart(request, lang)
    if (!cart?.items?.length) {
      return redirect("/thanh-toan", 303)
    }
    if (!cart.email || !cart.shipping_address?.address_1) {
      return data<ActionResult>({ intent, message: "checkout.error.address_missing", payment }, 400)
    }
    if (!cart.shipping_methods?.length) {
      return data<ActionResult>({ intent, message: "checkout.error.shipping_missing", payment }, 400)
    }
    if (choice.providerId === VNPAY_PROVIDER_ID) {
      // The cart stays open (and in its cookie): the backend completes it when VNPay confirms.
      const started = await startVNPayPayment(cart, lang, choice.bankCode, clientIp(request))
      if (!started.ok) {
        return data<ActionResult>({ intent, message: started.message, payment }, 400)
      }
      return redirect(started.paymentUrl, 303)
    }
    const result = await placeOrder(cart, lang, choice.providerId)
    if (!result.ok) {
      return data<ActionResult>({ intent, message: result.message, payment }, 400)
    }
    const headers = new Headers()
    headers.append("Set-Cookie", await clearCartCookie())
    headers.append("Set-Cookie", await rememberOrder(request, result.orderId))
    return redirect(`/don-hang/${encodeURIComponent(result.orderId)}`, { status: 303, headers })
  }

  return data<ActionResult>({ intent: "address", message: "checkout.error.unknown_step" }, 400)
}

export default function Checkout({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const hydrated = useHydrated()
  const { cart } = loaderData
  const chosenBefore = actionData?.intent === "place-order" ? actionData.payment : undefined
  const [payment, setPayment] = useState<string>(chosenBefore ?? loaderData.paymentOptions[0]?.id ?? "")
  useEffect(() => {
    if (chosenBefore) {
      setPayment(chosenBefore)
    }
  }, [chosenBefore])
  if (!cart) {
    return (
      <section className="page narrow" aria-labelledby="checkout-title">
        <h1 id="checkout-title">{t("checkout.title")}</h1>
        <Alert kind="info">{t("checkout.empty")}</Alert>
        <p>
          <Link className="button" to="/danh-muc">
            {t("cart.continue")}
          </Link>
        </p>
      </section>
    )
  }
  const ready = Boolean(cart.email && cart.shippingAddress && cart.shippingOptionId)

  const stepMessage = (step: ActionResult["intent"]) =>
    actionData?.intent === step && actionData.message ? <Alert kind="error">{t(actionData.message)}</Alert> : null

  return (
    <div className="page checkout">
      <h1 id="checkout-title">{t("checkout.title")}</h1>

      <section id="buoc-dia-chi" aria-labelledby="step-address" className="checkout-step">
        <h2 id="step-address">{t("checkout.step_address")}</h2>
        {stepMessage("address")}
        <AddressForm
          provinces={loaderData.provinces}
          wards={actionData?.wards ?? loaderData.wards}
          values={actionData?.values ?? loaderData.values}
          fieldErrors={actionData?.intent === "address" ? actionData.fieldErrors : undefined}
        />
      </section>

      <section id="buoc-giao-hang" aria-labelledby="step-shipping" className="checkout-step">
        <h2 id="step-shipping">{t("checkout.step_shipping")}</h2>
        {stepMessage("shipping")}
        {!cart.shippingAddress ? (
          <p className="muted">{t("checkout.shipping_needs_address")}</p>
        ) : loaderData.shippingOptions.length === 0 ? (
          <Alert kind="error">{t("checkout.no_shipping_options")}</Alert>
        ) : (
          <Form method="post" action="/thanh-toan" preventScrollReset>
            <fieldset className="choice-group">
              <legend className="visually-hidden">{t("checkout.step_shipping")}</legend>
              {loaderData.shippingOptions.map((option, index) => (
                <label key={option.id} className="choice">
                  <input
                    type="radio"
                    name="option_id"
                    value={option.id}
                    defaultChecked={cart.shippingOptionId ? option.id === cart.shippingOptionId : index === 0}
                  />
                  <span className="choice-title">{option.name}</span>
                  <span className="choice-price">
                    {option.amount === 0 ? t("checkout.free") : formatVnd(option.amount)}
                  </span>
                </label>
              ))}
            </fieldset>
            <p className="muted">{t("checkout.free_shipping_hint", { amount: formatVnd(FREE_SHIPPING_THRESHOLD) })}</p>
            <SubmitButton intent="shipping" className="button button-secondary">
              {cart.shippingOptionId ? t("checkout.shipping_change") : t("checkout.shipping_choose")}
            </SubmitButton>
          </Form>
        )}
      </section>

      <Form method="post" action="/thanh-toan" id="buoc-thanh-toan" className="checkout-step">
        <section aria-labelledby="step-payment">
          <h2 id="step-payment">{t("checkout.step_payment")}</h2>
          <PaymentOptions options={loaderData.paymentOptions} chosen={chosenBefore} onChoose={setPayment} />
        </section>

        <section aria-labelledby="step-review" className="review">
          <h2 id="step-review">{t("checkout.step_review")}</h2>
          <LineList lines={cart.lines} />
          <dl className="totals">
            <dt>{t("cart.subtotal")}</dt>
            <dd>{formatVnd(cart.itemTotal)}</dd>
            <dt>{t("checkout.shipping_fee")}</dt>
            <dd>
              {cart.shippingOptionId
                ? cart.shippingTotal === 0
                  ? t("checkout.free")
                  : formatVnd(cart.shippingTotal)
                : t("checkout.not_chosen")}
            </dd>
            <dt className="grand-total">{t("checkout.total")}</dt>
            <dd className="grand-total">{formatVnd(cart.total)}</dd>
            {cart.taxTotal > 0 ? (
              <>
                <dt className="muted">{t("checkout.vat_part")}</dt>
                <dd className="muted">{formatVnd(cart.taxTotal)}</dd>
              </>
            ) : null}
          </dl>
          {cart.shippingAddress ? (
            <p className="ship-to">
              <strong>{t("checkout.ship_to")}:</strong> {cart.shippingAddress.fullName}, {cart.shippingAddress.phone} —{" "}
              {[cart.shippingAddress.street, cart.shippingAddress.wardName, cart.shippingAddress.provinceName].join(
                ", "
              )}
            </p>
          ) : null}
          {stepMessage("place-order")}
          {!ready ? <p className="muted">{t("checkout.not_ready")}</p> : null}
          <SubmitButton
            intent="place-order"
            disabled={!ready}
            className="button button-primary button-wide"
            id="place-order"
          >
            {/* Without JavaScript the label cannot follow the radios: "Đặt hàng" fits both. */}
            {hydrated && payment.startsWith(`${VNPAY_PROVIDER_ID}:`)
              ? t("checkout.pay_vnpay")
              : t("checkout.place_order")}
          </SubmitButton>
          <p className="muted small">
            {t("checkout.terms_prefix")} <Link to="/chinh-sach/giao-hang">{t("policy.delivery.title")}</Link>,{" "}
            <Link to="/chinh-sach/thanh-toan">{t("policy.payment.title")}</Link>,{" "}
            <Link to="/chinh-sach/khieu-nai">{t("policy.complaints.title")}</Link>.
          </p>
        </section>
      </Form>
    </div>
  )
}

interface PaymentOptionsProps {
  options: PaymentOptionVM[]
  /** The option chosen before an error; the first one otherwise. */
  chosen: string | undefined
  onChoose: (value: string) => void
}

/**
 * One radio group `payment_provider` (works without JavaScript): COD, then VNPay's methods in a
 * nested fieldset whose legend names VNPay. Values: "pp_system_default", "pp_vnpay_vnpay:VNPAYQR", …
 */
function PaymentOptions({ options, chosen, onChoose }: PaymentOptionsProps) {
  const t = useT()
  const checked = chosen && options.some((o) => o.id === chosen) ? chosen : options[0]?.id
  const plain = options.filter((o) => o.providerId !== VNPAY_PROVIDER_ID)
  const vnpay = options.filter((o) => o.providerId === VNPAY_PROVIDER_ID)
  const radio = (option: PaymentOptionVM) => {
    const id = `payment-${option.bankCode ? `vnpay-${option.bankCode.toLowerCase()}` : "cod"}`
    return (
      <label key={option.id} className="choice" htmlFor={id}>
        <input
          id={id}
          type="radio"
          name="payment_provider"
          value={option.id}
          defaultChecked={option.id === checked}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-hint`}
          onChange={(event) => event.currentTarget.checked && onChoose(option.id)}
        />
        <span className="choice-title" id={`${id}-title`}>
          {t(option.label)}
        </span>
        <span className="choice-hint" id={`${id}-hint`}>
          {t(option.hint)}
        </span>
      </label>
    )
  }
  return (
    <fieldset className="choice-group" key={checked}>
      <legend className="visually-hidden">{t("checkout.step_payment")}</legend>
      {plain.map(radio)}
      {vnpay.length ? (
        <fieldset className="choice-group choice-subgroup" aria-describedby="payment-vnpay-note">
          <legend>{t("payment.vnpay_group")}</legend>
          <p id="payment-vnpay-note" className="muted small">
            {t("payment.vnpay_group_hint")}
          </p>
          {vnpay.map(radio)}
        </fieldset>
      ) : null}
    </fieldset>
  )
}

interface AddressFormProps {
  provinces: { code: string; name: string; fullName: string }[]
  wards: WardVM[]
  values: AddressFormValues
  fieldErrors: FieldErrors | undefined
}

function AddressForm({ provinces, wards, values, fieldErrors }: AddressFormProps) {
  const t = useT()
  const errors = fieldErrors ?? {}

  return (
    <Form method="post" action="/thanh-toan" noValidate className="address-form" preventScrollReset>
      <ErrorSummary errors={fieldErrors} order={ADDRESS_FIELDS} />
      <p className="muted small">{t("form.required_note")}</p>

      <fieldset>
        <legend>{t("checkout.contact")}</legend>
        <Field name="email" label={t("checkout.email")} hint={t("checkout.email_hint")} error={errors.email} required>
          {(control) => (
            <input {...control} type="email" autoComplete="email" inputMode="email" defaultValue={values.email} />
          )}
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t("checkout.address")}</legend>
        <ProvinceWardFields
          names={{ province: "province", ward: "ward" }}
          provinces={provinces}
          wards={wards}
          values={values}
          errors={errors}
          wardStep={{ formMethod: "get", name: "step", value: "ward" }}
        />
        <Field
          name="street"
          label={t("checkout.street")}
          hint={t("checkout.street_hint")}
          error={errors.street}
          required
        >
          {(control) => <input {...control} type="text" autoComplete="address-line1" defaultValue={values.street} />}
        </Field>
        <Field name="full_name" label={t("checkout.full_name")} error={errors.full_name} required>
          {(control) => <input {...control} type="text" autoComplete="name" defaultValue={values.full_name} />}
        </Field>
        <Field name="phone" label={t("checkout.phone")} hint={t("checkout.phone_hint")} error={errors.phone} required>
          {(control) => (
            <input {...control} type="tel" autoComplete="tel" inputMode="tel" defaultValue={values.phone} />
          )}
        </Field>
      </fieldset>
      <SubmitButton intent="address" className="button button-primary">
        {t("checkout.save_address")}
      </SubmitButton>
    </Form>
  )
}
