import type { HttpTypes } from "@medusajs/types"
import { joinFullName } from "./address"
import { cartCookie, readCartId } from "./cookies.server"
import type { Lang, MessageKey } from "./i18n"
import { productImage } from "./images"
import { errorStatus, getRegion, isFetchError, localeHeaders, metaString, sdk } from "./medusa.server"
import type { AddressVM, CartLineVM, CartVM } from "./types"

export const CART_FIELDS =
  "*items,*items.variant,+items.thumbnail,+items.product.metadata,*shipping_methods,*shipping_address,*payment_collection"

/** The fields of a cart or order line item the storefront shows. */
interface LineLike {
  id: string
  title: string
  product_title?: string | null
  variant_title?: string | null
  product_handle?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  thumbnail?: string | null
  product?: { metadata?: Record<string, unknown> | null } | null
}

export function toLine(item: LineLike): CartLineVM {
  const unitPrice = Number(item.unit_price ?? 0)
  const quantity = Number(item.quantity ?? 0)
  const total = typeof item.total === "number" ? item.total : unitPrice * quantity
  return {
    id: item.id,
    title: item.product_title || item.title,
    variantTitle: item.variant_title || null,
    productHandle: item.product_handle || null,
    quantity,
    unitPrice,
    total,
    image: productImage(item.product?.metadata?.image_sizes, item.thumbnail),
  }
}

type AddressLike = Pick<
  HttpTypes.StoreCartAddress,
  "first_name" | "last_name" | "phone" | "address_1" | "city" | "province" | "metadata"
>

export function toAddress(address: AddressLike | null | undefined): AddressVM | null {
  if (!address || (!address.address_1 && !address.city && !address.province)) {
    return null
  }
  const metadata = address.metadata ?? null
  return {
    fullName: joinFullName(address.last_name, address.first_name),
    phone: address.phone ?? "",
    street: address.address_1 ?? "",
    wardName: address.city ?? "",
    provinceName: metaString(metadata, "vn_province_name") ?? address.province ?? "",
    provinceCode: metaString(metadata, "vn_province_code") ?? address.province ?? null,
    wardCode: metaString(metadata, "vn_ward_code"),
  }
}

export function toCartVM(cart: HttpTypes.StoreCart): CartVM {
  const lines = (cart.items ?? []).map(toLine)
  return {
    id: cart.id,
    email: cart.email ?? null,
    lines,
    count: lines.reduce((sum, line) => sum + line.quantity, 0),
    itemTotal: Number(cart.item_total ?? 0),
    shippingTotal: Number(cart.shipping_total ?? 0),
    taxTotal: Number(cart.tax_total ?? 0),
    total: Number(cart.total ?? 0),
    shippingAddress: toAddress(cart.shipping_address),
    shippingOptionId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
  }
}

export interface LoadedCart {
  cart: HttpTypes.StoreCart | null
  /** The cookie named a cart that no longer exists or was completed: clear it. */
  stale: boolean
}

/** The shopper's open cart, or null. */
export async function loadCart(request: Request, lang: Lang, fields = CART_FIELDS): Promise<LoadedCart> {
  const cartId = await readCartId(request)
  if (!cartId) {
    return { cart: null, stale: false }
  }
  try {
    const { cart } = await sdk().store.cart.retrieve(cartId, { fields }, localeHeaders(lang))
    if (cart.completed_at) {
      return { cart: null, stale: true }
    }
    return { cart, stale: false }
  } catch (error) {
    if (errorStatus(error) === 404) {
      return { cart: null, stale: true }
    }
    throw error
  }
}

/** Number of items for the header; never fails the page. */
export async function cartCount(request: Request, lang: Lang): Promise<number> {
  try {
    const { cart } = await loadCart(request, lang, "id,completed_at,items.id,items.quantity")
    return (cart?.items ?? []).reduce((sum, item) => sum + Number(item.quantity ?? 0), 0)
  } catch {
    return 0
  }
}

async function createCart(lang: Lang): Promise<string> {
  const region = await getRegion()
  const { cart } = await sdk().store.cart.create({ region_id: region.id }, { fields: "id" }, localeHeaders(lang))
  return cart.id
}

/**
 * Adds a variant, creating a cart when there is none (or the old one is gone).
 * Returns the Set-Cookie header value when a new cart was created.
 */
export async function addToCart(
  request: Request,
  lang: Lang,
  variantId: string,
  quantity: number
): Promise<{ setCookie: string | null }> {
  const existing = await readCartId(request)
  const add = (cartId: string) =>
    sdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" }, localeHeaders(lang))
  if (existing) {
    try {
      await add(existing)
      return { setCookie: null }
    } catch (error) {
      // 404: the cart is gone; a completed cart answers 400 "already completed".
      const completed = isFetchError(error) && /complete/i.test(error.message)
      if (errorStatus(error) !== 404 && !completed) {
        throw error
      }
    }
  }
  const cartId = await createCart(lang)
  await add(cartId)
  return { setCookie: await cartCookie.serialize(cartId) }
}

export async function updateLine(cartId: string, lang: Lang, lineId: string, quantity: number): Promise<void> {
  if (quantity <= 0) {
    await sdk().store.cart.deleteLineItem(cartId, lineId, undefined, localeHeaders(lang))
    return
  }
  await sdk().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" }, localeHeaders(lang))
}

export async function removeLine(cartId: string, lang: Lang, lineId: string): Promise<void> {
  await sdk().store.cart.deleteLineItem(cartId, lineId, undefined, localeHeaders(lang))
}

/** Medusa's 4xx on cart changes, as a message key a shopper can act on. */
export function cartErrorKey(error: unknown): MessageKey {
  if (isFetchError(error)) {
    if (/inventory|stock|quantity/i.test(error.message)) {
      return "cart.error.stock"
    }
    if (error.status === 404) {
      return "cart.error.not_found"
    }
  }
  return "cart.error.generic"
}

/** Quantity from a form: an integer 0–99, or null when it is not one. */
export function readQuantity(value: FormDataEntryValue | null, min = 1): number | null {
  if (typeof value !== "string" || !/^\d{1,3}$/.test(value.trim())) {
    return null
  }
  const quantity = Number.parseInt(value, 10)
  return quantity >= min && quantity <= 99 ? quantity : null
}
