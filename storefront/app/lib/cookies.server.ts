import { requireSafeSecret } from "@choso/secret-rule"
import { createCookie } from "react-router"
import { DEFAULT_LANG, isLang, type Lang } from "./i18n"

const DAY = 24 * 60 * 60

function secure(): boolean {
  // Served over plain http in a local Docker demo? Set COOKIE_SECURE=false.
  return process.env.NODE_ENV === "production" && process.env.COOKIE_SECURE !== "false"
}

/** In production a missing, placeholder or short secret stops the server here, at module load. */
function secrets(): string[] {
  const secret = process.env.SESSION_SECRET || process.env.COOKIE_SECRET
  if (process.env.NODE_ENV === "production") {
    return [requireSafeSecret("SESSION_SECRET", secret)]
  }
  return [secret || "cho-so-dev-secret-change-me"]
}

/** The shopper's cart id (Medusa cart), 30 days. */
export const cartCookie = createCookie("choso_cart", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 30 * DAY,
  secure: secure(),
})

/** "vi" (default) or "en", one year. */
export const langCookie = createCookie("lang", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 365 * DAY,
  secure: secure(),
})

/**
 * Signed list of the orders this browser placed recently: the confirmation page shows the
 * delivery address and contact details only to the browser that placed the order.
 */
export const ordersCookie = createCookie("choso_orders", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 30 * DAY,
  secure: secure(),
  secrets: secrets(),
})

/**
 * The seller channel's session: the signed-in member's Medusa JWT (actor `seller`). Signed and
 * httpOnly, so page scripts cannot read it and nobody can forge it; it lives as long as the token
 * (seller.server.ts sets `expires` from the token). Path "/" because React Router fetches the
 * channel's data as "/kenh-nguoi-ban.data", which a "/kenh-nguoi-ban" cookie path would not match.
 */
export const sellerCookie = createCookie("choso_seller", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: DAY,
  secure: secure(),
  secrets: secrets(),
})

/**
 * The vendor screen's (/ban-hang) device token from `POST /vendor/market/devices`: one phone of one
 * stall, one year. Only the token is kept (never the seller's JWT); it is a secret of its own that
 * the backend stores hashed and can revoke, so the cookie is not signed (a rotated SESSION_SECRET
 * must not sign every market phone out). httpOnly: page scripts never see it.
 */
export const stallCookie = createCookie("choso_stall", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 365 * DAY,
  secure: secure(),
})

export async function readLang(request: Request): Promise<Lang> {
  const value: unknown = await langCookie.parse(request.headers.get("Cookie"))
  return isLang(value) ? value : DEFAULT_LANG
}

export async function readCartId(request: Request): Promise<string | null> {
  const value: unknown = await cartCookie.parse(request.headers.get("Cookie"))
  return typeof value === "string" && value.startsWith("cart_") ? value : null
}

export async function readOrderIds(request: Request): Promise<string[]> {
  const value: unknown = await ordersCookie.parse(request.headers.get("Cookie"))
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []
}

export async function rememberOrder(request: Request, orderId: string): Promise<string> {
  const ids = (await readOrderIds(request)).filter((id) => id !== orderId)
  return ordersCookie.serialize([orderId, ...ids].slice(0, 5))
}

export function clearCartCookie(): Promise<string> {
  return cartCookie.serialize("", { maxAge: 0 })
}
