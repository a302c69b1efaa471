import { COD_PROVIDER_ID, VNPAY_PROVIDER_ID } from "@choso/commerce"
import { isPaymentMethod, PAYMENT_METHODS, type PaymentMethod } from "@choso/vnpay"
import type { HttpTypes } from "@medusajs/types"
import {
  type AddressErrors,
  type AddressFormValues,
  errorsFromIssues,
  hasErrors,
  toMedusaAddress,
  validateAddressForm,
} from "./address"
import type { Lang, MessageKey } from "./i18n"
import { getRegion, isClientError, isFetchError, localeHeaders, sdk } from "./medusa.server"
import type { PaymentOptionVM, ShippingOptionVM } from "./types"
import { listProvinces, listWards, peekProvinces, peekWards, validateAddressRemotely } from "./vn-address.server"

/**
 * The ways to pay at VNPay the storefront offers (vnp_BankCode), in display order: all of VNPay's.
 * Routes take them from here, a .server module, so the VNPay SDK never reaches the browser bundle.
 */
export const VNPAY_BANK_CODES = PAYMENT_METHODS
export type VNPayBankCode = PaymentMethod
export const isVNPayBankCode = isPaymentMethod

const VNPAY_LABELS: Record<VNPayBankCode, { label: MessageKey; hint: MessageKey }> = {
  VNPAYQR: { label: "payment.vnpay.VNPAYQR", hint: "payment.vnpay.VNPAYQR_hint" },
  VNBANK: { label: "payment.vnpay.VNBANK", hint: "payment.vnpay.VNBANK_hint" },
  INTCARD: { label: "payment.vnpay.INTCARD", hint: "payment.vnpay.INTCARD_hint" },
}

export function vnpayMethodLabel(code: VNPayBankCode): { label: MessageKey; hint: MessageKey } {
  return VNPAY_LABELS[code]
}

const COD_OPTION: PaymentOptionVM = {
  id: COD_PROVIDER_ID,
  providerId: COD_PROVIDER_ID,
  label: "payment.cod",
  hint: "payment.cod_hint",
}

/** Payment options the storefront knows how to present, in display order: COD, then the VNPay methods. */
const KNOWN_PAYMENT_OPTIONS: PaymentOptionVM[] = [
  COD_OPTION,
  ...VNPAY_BANK_CODES.map((code) => ({
    id: `${VNPAY_PROVIDER_ID}:${code}`,
    providerId: VNPAY_PROVIDER_ID,
    bankCode: code,
    ...VNPAY_LABELS[code],
  })),
]

/** The payment options the region offers that this storefront can present (VNPay only when the backend has it). */
export async function listPaymentOptions(): Promise<PaymentOptionVM[]> {
  try {
    const region = await getRegion()
    const { payment_providers } = await sdk().store.payment.listPaymentProviders({ region_id: region.id })
    const offered = new Set(payment_providers.map((p) => p.id))
    const options = KNOWN_PAYMENT_OPTIONS.filter((p) => offered.has(p.providerId))
    return options.length ? options : [COD_OPTION]
  } catch {
    return [COD_OPTION]
  }
}

export type PaymentChoice =
  | { ok: true; providerId: typeof COD_PROVIDER_ID; value: string }
  | { ok: true; providerId: typeof VNPAY_PROVIDER_ID; bankCode: VNPayBankCode; value: string }
  | { ok: false; message: MessageKey }

/**
 * The payment method of the place-order form, checked without the network:
 * `payment_provider` is "pp_system_default", "pp_vnpay_vnpay:<bank code>" (the checkout's radios),
 * or "pp_vnpay_vnpay" with a separate `bank_code` field.
 */
export function readPaymentChoice(form: FormData | URLSearchParams): PaymentChoice {
  const raw = form.get("payment_provider")
  if (typeof raw !== "string") {
    return { ok: false, message: "checkout.error.choose_payment" }
  }
  if (raw === COD_PROVIDER_ID) {
    return { ok: true, providerId: COD_PROVIDER_ID, value: raw }
  }
  const [provider, inlineCode, ...rest] = raw.split(":")
  if (provider !== VNPAY_PROVIDER_ID || rest.length) {
    return { ok: false, message: "checkout.error.choose_payment" }
  }
  const bankCode = inlineCode ?? form.get("bank_code")
  if (!isVNPayBankCode(bankCode)) {
    return { ok: false, message: "checkout.error.vnpay_method" }
  }
  return { ok: true, providerId: VNPAY_PROVIDER_ID, bankCode, value: `${VNPAY_PROVIDER_ID}:${bankCode}` }
}

/**
 * Validates the form. Field rules need no network; the province/ward membership check uses
 * the 2025 unit lists, fetched only when the form is otherwise valid (cached ones are used
 * right away), so a typo in the phone number never costs a backend round trip.
 */
export async function validateCheckoutAddress(values: AddressFormValues): Promise<AddressErrors> {
  const local = validateAddressForm(values)
  if (hasErrors(local)) {
    const provinces = peekProvinces()
    const wards = values.province ? peekWards(values.province) : undefined
    return validateAddressForm(values, {
      provinceCodes: provinces ? new Set(provinces.map((p) => p.code)) : undefined,
      wardCodes: wards ? new Set(wards.map((w) => w.code)) : undefined,
    })
  }
  const provinces = await listProvinces()
  const provinceCodes = new Set(provinces.map((p) => p.code))
  const wards = provinceCodes.has(values.province) ? await listWards(values.province) : []
  return validateAddressForm(values, { provinceCodes, wardCodes: new Set(wards.map((w) => w.code)) })
}

export type SaveAddressResult = { ok: true } | { ok: false; errors: AddressErrors; message?: MessageKey }

/** Stores e-mail and the shipping (= billing) address on the cart; maps backend 400s to fields. */
export async function saveAddress(cartId: string, lang: Lang, values: AddressFormValues): Promise<SaveAddressResult> {
  const [provinces, wards] = await Promise.all([listProvinces(), listWards(values.province)])
  const province = provinces.find((p) => p.code === values.province)
  const ward = wards.find((w) => w.code === values.ward)
  if (!province) {
    return { ok: false, errors: { province: "province_unknown" } }
  }
  if (!ward) {
    return { ok: false, errors: { ward: "ward_not_in_province" } }
  }
  const address = toMedusaAddress(values, { province, ward })
  try {
    await sdk().store.cart.update(
      cartId,
      { email: values.email, shipping_address: address, billing_address: address },
      { fields: "id" },
      localeHeaders(lang)
    )
    return { ok: true }
  } catch (error) {
    if (isFetchError(error) && error.status === 400) {
      // The SDK keeps only the message; ask the plugin which rule failed, with codes.
      const check = await validateAddressRemotely(address).catch(() => null)
      const errors = check ? errorsFromIssues(check.issues) : {}
      if (hasErrors(errors)) {
        return { ok: false, errors }
      }
      return { ok: false, errors: {}, message: "checkout.error.address_rejected" }
    }
    throw error
  }
}

export async function listShippingOptions(cartId: string, lang: Lang): Promise<ShippingOptionVM[]> {
  const { shipping_options } = await sdk().store.fulfillment.listCartOptions({ cart_id: cartId }, localeHeaders(lang))
  return shipping_options
    .map((o) => ({ id: o.id, name: o.name, amount: Number(o.amount ?? o.calculated_price?.calculated_amount ?? 0) }))
    .sort((a, b) => a.amount - b.amount)
}

export async function setShippingMethod(cartId: string, lang: Lang, optionId: string): Promise<void> {
  await sdk().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" }, localeHeaders(lang))
}

/**
 * After an address change: keep the chosen shipping option if it still applies, otherwise
 * choose the only one there is (each province has exactly one zone today).
 */
export async function ensureShippingMethod(cartId: string, lang: Lang): Promise<void> {
  const [{ cart }, options] = await Promise.all([
    sdk().store.cart.retrieve(cartId, { fields: "id,*shipping_methods" }, localeHeaders(lang)),
    listShippingOptions(cartId, lang),
  ])
  const current = cart.shipping_methods?.[0]?.shipping_option_id
  if (current && options.some((o) => o.id === current)) {
    return
  }
  const only = options.length === 1 ? options[0] : undefined
  if (only) {
    await setShippingMethod(cartId, lang, only.id)
  }
}

export type PlaceOrderResult = { ok: true; orderId: string } | { ok: false; message: MessageKey; detail?: string }

/** COD (Medusa's manual provider): payment session, then complete the cart into an order. */
export async function placeOrder(cart: HttpTypes.StoreCart, lang: Lang, providerId: string): Promise<PlaceOrderResult> {
  try {
    await sdk().store.payment.initiatePaymentSession(cart, { provider_id: providerId }, undefined, localeHeaders(lang))
  } catch (error) {
    if (isClientError(error)) {
      return { ok: false, message: "checkout.error.payment", detail: error.message }
    }
    throw error
  }
  try {
    const result = await sdk().store.cart.complete(cart.id, undefined, localeHeaders(lang))
    if (result.type === "order") {
      return { ok: true, orderId: result.order.id }
    }
    const detail = result.error?.message
    return {
      ok: false,
      message: detail && /inventory|stock/i.test(detail) ? "cart.error.stock" : "checkout.error.complete",
      detail,
    }
  } catch (error) {
    if (isClientError(error)) {
      return {
        ok: false,
        message: /inventory|stock/i.test(error.message) ? "cart.error.stock" : "checkout.error.complete",
        detail: error.message,
      }
    }
    throw error
  }
}
