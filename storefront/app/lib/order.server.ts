import { COD_PROVIDER_ID, VNPAY_PROVIDER_ID } from "@choso/commerce"
import type { HttpTypes } from "@medusajs/types"
import { toAddress, toLine } from "./cart.server"
import type { Lang, MessageKey } from "./i18n"
import { errorStatus, localeHeaders, sdk } from "./medusa.server"
import type { OrderVM } from "./types"

const ORDER_FIELDS =
  "*items,+items.thumbnail,+items.product.metadata,*shipping_address,*shipping_methods,+payment_status,*payment_collections.payments"

type PaymentLike = { provider_id?: string | null }
type CollectionLike = { payments?: PaymentLike[] | null; payment_sessions?: PaymentLike[] | null }

/** VNPay or COD, from the order's payments (or sessions); orders from before VNPay are COD. */
export function paymentMethodOf(collections: CollectionLike[] | null | undefined): OrderVM["paymentMethod"] {
  const providers = (collections ?? [])
    .flatMap((c) => [...(c.payments ?? []), ...(c.payment_sessions ?? [])])
    .map((p) => p.provider_id)
  if (providers.includes(VNPAY_PROVIDER_ID)) {
    return "vnpay"
  }
  if (providers.length === 0 || providers.includes(COD_PROVIDER_ID)) {
    return "cod"
  }
  return "other"
}

export function toOrderVM(order: HttpTypes.StoreOrder): OrderVM {
  return {
    id: order.id,
    displayId: typeof order.display_id === "number" ? order.display_id : null,
    createdAt: order.created_at ? new Date(order.created_at).toISOString() : null,
    email: order.email ?? null,
    lines: (order.items ?? []).map((item) => toLine(item)),
    itemTotal: Number(order.item_total ?? 0),
    shippingTotal: Number(order.shipping_total ?? 0),
    taxTotal: Number(order.tax_total ?? 0),
    total: Number(order.total ?? 0),
    address: toAddress(order.shipping_address),
    shippingMethodName: order.shipping_methods?.[0]?.name ?? null,
    paymentMethod: paymentMethodOf(order.payment_collections as CollectionLike[] | undefined),
    paymentStatus: typeof order.payment_status === "string" ? order.payment_status : null,
  }
}

/** Medusa's store API returns an order by its (unguessable) id without a customer login. */
export async function getOrder(id: string, lang: Lang): Promise<OrderVM | null> {
  try {
    const { order } = await sdk().store.order.retrieve(id, { fields: ORDER_FIELDS }, localeHeaders(lang))
    return toOrderVM(order)
  } catch (error) {
    const status = errorStatus(error)
    if (status === 404 || status === 400) {
      return null
    }
    throw error
  }
}

/** The translated method and payment status the order page shows. */
export function paymentLabels(order: Pick<OrderVM, "paymentMethod" | "paymentStatus">): {
  method: MessageKey
  status: MessageKey
  /** COD still to be paid to the courier. */
  payOnDelivery: boolean
} {
  const method: MessageKey =
    order.paymentMethod === "vnpay" ? "payment.vnpay" : order.paymentMethod === "cod" ? "payment.cod" : "payment.other"
  switch (order.paymentStatus) {
    case "captured":
      return {
        method,
        status: order.paymentMethod === "vnpay" ? "order.payment_status.paid_vnpay" : "order.payment_status.paid",
        payOnDelivery: false,
      }
    case "partially_captured":
      return { method, status: "order.payment_status.partially_paid", payOnDelivery: false }
    case "refunded":
      return { method, status: "order.payment_status.refunded", payOnDelivery: false }
    case "partially_refunded":
      return { method, status: "order.payment_status.partially_refunded", payOnDelivery: false }
    case "canceled":
      return { method, status: "order.payment_status.canceled", payOnDelivery: false }
    default:
      // not_paid, awaiting, authorized (COD is authorized when the order is placed), requires_action, …
      return order.paymentMethod === "cod"
        ? { method, status: "order.payment_status.cod", payOnDelivery: true }
        : { method, status: "order.payment_status.unpaid", payOnDelivery: false }
  }
}
