import { type ComponentType, createElement } from "react"
import { renderToString } from "react-dom/server"
import { createRoutesStub, Outlet } from "react-router"
import { afterEach, beforeEach, expect, type MockInstance, vi } from "vitest"
import { cartCookie, langCookie } from "~/lib/cookies.server"
import { nbsp } from "./helpers"

/** Shared by the VNPay route tests: a fake Medusa behind the SDK, cookies, VNPay's return query, rendering. */

export const ORIGIN = "http://localhost:5173"
const BACKEND = "http://127.0.0.1:9"
export const CART_ID = "cart_01JVNPAYTEST"
export const ORDER_ID = "order_01JVNPAYPAID"
export const PAYMENT_URL =
  "http://localhost:8090/paymentv2/vpcpay.html?vnp_Amount=17000000&vnp_Command=pay&vnp_TxnRef=payses_01JV-1&vnp_SecureHash=abc123"

/** VNPay's return query, as the sandbox sends it (the storefront never checks the hash itself). */
export const RETURN_QUERY =
  "vnp_Amount=17000000&vnp_BankCode=NCB&vnp_CardType=ATM&vnp_OrderInfo=Thanh+toan+don+hang+payses_01JV-1" +
  "&vnp_PayDate=20250301103000&vnp_ResponseCode=24&vnp_TmnCode=CHOSO001&vnp_TransactionNo=0" +
  "&vnp_TransactionStatus=02&vnp_TxnRef=payses_01JV-1&vnp_SecureHash=9f2c0d7e5b"

type Handler = (request: { url: URL; method: string; body: unknown }) => Response | Promise<Response>
export interface Call {
  url: URL
  method: string
  body: unknown
  headers: Headers
}

let fetchSpy: MockInstance<typeof fetch>
/** Every request the SDK made in the current test (emptied before each test). */
export const calls: Call[] = []

/** Call once per test file: fresh fetch spy and call list for each test. */
export function installFakeBackend(): void {
  beforeEach(() => {
    calls.length = 0
    fetchSpy = vi.spyOn(globalThis, "fetch")
    // renderToString of a memory router: keep React's SSR warnings (layout effects) out of the output.
    vi.spyOn(console, "error").mockImplementation(() => undefined)
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
}

/** Answers the SDK's requests like Medusa would; anything unexpected fails the test. */
export function backend(routes: Record<string, Handler>) {
  fetchSpy.mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const method = (init?.method ?? "GET").toUpperCase()
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined
    calls.push({ url, method, body, headers: new Headers(init?.headers) })
    expect(url.origin).toBe(BACKEND)
    const handler = routes[`${method} ${url.pathname}`]
    if (!handler) {
      return json({ type: "not_found", message: `unexpected ${method} ${url.pathname}` }, 500)
    }
    return handler({ url, method, body })
  })
}

export async function cookies(values: { lang?: "vi" | "en"; cart?: string }): Promise<string> {
  const parts: string[] = []
  if (values.lang) parts.push((await langCookie.serialize(values.lang)).split(";")[0] ?? "")
  if (values.cart) parts.push((await cartCookie.serialize(values.cart)).split(";")[0] ?? "")
  return parts.join("; ")
}

export function returnRequest(query: string, cookie = ""): Request {
  return new Request(`${ORIGIN}/thanh-toan/vnpay?${query}`, { headers: cookie ? { Cookie: cookie } : {} })
}

/** GET /store/vnpay/return's answer: a cancelled payment unless overridden. */
export function returnAnswer(overrides: Record<string, unknown>) {
  return {
    txn_ref: "payses_01JV-1",
    amount: 170000,
    status: "failed",
    refund_status: null,
    reason: null,
    response_code: "24",
    message: { vi: "Khách hàng hủy giao dịch", en: "The customer cancelled the payment" },
    cart_id: CART_ID,
    order_id: null,
    ...overrides,
  }
}

/** Renders a route component the way the server does, with its loader's data (and the root's language). */
export function render(
  // biome-ignore lint/suspicious/noExplicitAny: route components take the loader data of each route
  Component: ComponentType<any>,
  path: string,
  loaderData: unknown,
  lang: "vi" | "en" = "vi"
): string {
  const Stub = createRoutesStub([
    {
      id: "root",
      path: "/",
      Component: () => createElement(Outlet),
      children: [{ id: "page", path: path.replace(/^\//, "").split("?")[0], Component }],
    },
  ])
  const html = renderToString(
    createElement(Stub, {
      initialEntries: [path],
      hydrationData: { loaderData: { root: { lang, cartCount: 1, categories: [] }, page: loaderData } },
    })
  )
  return nbsp(html.replace(/<!-- -->/g, ""))
}
