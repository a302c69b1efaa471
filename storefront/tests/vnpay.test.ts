import { afterEach, describe, expect, it, vi } from "vitest"
import { EMPTY_ADDRESS } from "~/lib/address"
import { readPaymentChoice } from "~/lib/checkout.server"
import { ordersCookie } from "~/lib/cookies.server"
import { translate } from "~/lib/i18n"
import type { CartVM, PaymentOptionVM } from "~/lib/types"
import { vnpayIp } from "~/lib/vnpay.server"
import CheckoutPage, { action as checkoutAction, loader as checkoutLoader } from "~/routes/checkout"
import { loader as orderLoader } from "~/routes/order"
import VNPayReturnPage, { action as returnAction, loader as returnLoader } from "~/routes/vnpay-return"
import { postForm, routeArgs, unwrapData } from "./helpers"
import {
  backend,
  CART_ID,
  calls,
  cookies,
  installFakeBackend,
  json,
  ORDER_ID,
  ORIGIN,
  PAYMENT_URL,
  RETURN_QUERY,
  render,
  returnAnswer,
  returnRequest,
} from "./vnpay-fixtures"

installFakeBackend()
afterEach(() => {
  vi.unstubAllEnvs()
})

/** A cart ready to pay: address, shipping method and its payment collection. */
const storeCart = {
  id: CART_ID,
  email: "lan@example.vn",
  currency_code: "vnd",
  region_id: "reg_vn",
  completed_at: null,
  items: [
    {
      id: "cali_1",
      title: "500 g",
      product_title: "Mật ong U Minh",
      variant_title: "500 g",
      product_handle: "mat-ong-u-minh",
      quantity: 1,
      unit_price: 150000,
      total: 150000,
      thumbnail: null,
      product: { metadata: {} },
    },
  ],
  item_total: 150000,
  shipping_total: 20000,
  tax_total: 15455,
  total: 170000,
  shipping_address: {
    first_name: "Lan",
    last_name: "Nguyễn Thị",
    phone: "0912345678",
    address_1: "12 Trần Hưng Đạo",
    city: "Phường Bạc Liêu",
    province: "96",
    country_code: "vn",
    metadata: { vn_province_code: "96", vn_province_name: "Cà Mau", vn_ward_code: "31825" },
  },
  shipping_methods: [{ id: "casm_1", shipping_option_id: "so_standard", name: "Giao hàng tiêu chuẩn", amount: 20000 }],
  payment_collection: { id: "pay_col_1", amount: 170000, currency_code: "vnd", payment_sessions: [] },
}

/** POST /store/vnpay/payments's 201 answer. */
function vnpayPaymentAnswer() {
  return json(
    {
      vnpay_payment: {
        txn_ref: "payses_01JV-1",
        payment_url: PAYMENT_URL,
        amount: 170000,
        expires_at: "2025-03-01T03:45:00.000Z",
      },
    },
    201
  )
}

/** The `<input id="…" …/>` tag of the page. */
function tag(html: string, id: string): string {
  return html.match(new RegExp(`<input id="${id}"[^>]*>`))?.[0] ?? ""
}

describe("VNPay return page (/thanh-toan/vnpay)", () => {
  it("forwards VNPay's query unchanged; paid → the order page, remembering the order and forgetting the cart", async () => {
    backend({
      "GET /store/vnpay/return": () => json(returnAnswer({ status: "paid", response_code: "00", order_id: ORDER_ID })),
    })
    const response = await returnLoader(routeArgs(returnRequest(RETURN_QUERY, await cookies({ cart: CART_ID })), {}))
    expect(response).toBeInstanceOf(Response)
    const redirect = response as unknown as Response
    expect(redirect.status).toBe(303)
    expect(redirect.headers.get("Location")).toBe(`/don-hang/${ORDER_ID}`)
    const setCookies = redirect.headers.getSetCookie()
    const cartCleared = setCookies.find((c) => c.startsWith("choso_cart="))
    expect(cartCleared).toMatch(/Max-Age=0/i)
    const orders = setCookies.find((c) => c.startsWith("choso_orders="))
    expect(await ordersCookie.parse(orders ?? null)).toEqual([ORDER_ID])

    expect(calls).toHaveLength(1)
    const call = calls[0]!
    expect(call.url.pathname).toBe("/store/vnpay/return")
    expect(call.url.search).toBe(`?${RETURN_QUERY}`)
    expect(call.headers.get("x-publishable-api-key")).toBe("pk_test")
  })

  it("failed (24, cancelled): a calm Vietnamese reason, the amount, pay again and another method; the cart cookie stays", async () => {
    backend({ "GET /store/vnpay/return": () => json(returnAnswer({})) })
    const result = await returnLoader(routeArgs(returnRequest(RETURN_QUERY, await cookies({ cart: CART_ID })), {}))
    const { value, status } = unwrapData(result)
    expect(status).toBeUndefined()
    expect(value).toMatchObject({
      state: "failed",
      amount: 170000,
      responseCode: "24",
      cancelled: true,
      canPayAgain: true,
      reason: "Bạn đã hủy thanh toán. Chưa có khoản tiền nào được ghi nhận.",
    })
    const init = (result as unknown as { init?: { headers?: HeadersInit } }).init
    expect(new Headers(init?.headers).get("Set-Cookie")).toBeNull()

    const html = render(VNPayReturnPage, `/thanh-toan/vnpay?${RETURN_QUERY}`, value)
    expect(html).toContain('<h1 id="vnpay-title">Thanh toán chưa thành công</h1>')
    expect(html).toContain("Bạn đã hủy thanh toán.")
    expect(html).toContain("170.000 ₫")
    expect(html).toMatch(/<button[^>]*id="pay-again"[^>]*>Thanh toán lại<\/button>/)
    expect(tag(html, "bank-vnpayqr")).toMatch(/name="bank_code".*checked="".*value="VNPAYQR"/)
    expect(tag(html, "bank-vnbank")).not.toContain("checked")
    expect(html).toMatch(/<form method="post" action="\/thanh-toan\/vnpay\?vnp_Amount=/)
    expect(html).toMatch(
      /<a class="button button-secondary" href="\/thanh-toan#buoc-thanh-toan"[^>]*>Chọn cách thanh toán khác<\/a>/
    )
    expect(html).not.toContain("Đã thanh toán")
  })

  it("failed (51) in English, and VNPay's own words for other codes", async () => {
    backend({
      "GET /store/vnpay/return": () =>
        json(
          returnAnswer({ response_code: "51", message: { vi: "Tài khoản không đủ số dư", en: "Insufficient balance" } })
        ),
    })
    const en = await cookies({ lang: "en", cart: CART_ID })
    const { value } = unwrapData(await returnLoader(routeArgs(returnRequest(RETURN_QUERY, en), {})))
    expect(value).toMatchObject({
      state: "failed",
      cancelled: false,
      reason: "Insufficient balance. Please use another account or card.",
    })
    const html = render(VNPayReturnPage, `/thanh-toan/vnpay?${RETURN_QUERY}`, value, "en")
    expect(html).toContain("Payment not completed")
    expect(html).toContain("Insufficient balance. Please use another account or card.")
    expect(html).toMatch(/>Pay again<\/button>/)
    expect(html).toContain("Choose another payment method")
    expect(html).not.toContain("Thanh toán chưa thành công")

    backend({
      "GET /store/vnpay/return": () =>
        json(
          returnAnswer({ response_code: "12", message: { vi: "Thẻ/Tài khoản bị khóa", en: "Card/account is locked" } })
        ),
    })
    const vi12 = unwrapData(
      await returnLoader(routeArgs(returnRequest(RETURN_QUERY, await cookies({ cart: CART_ID })), {}))
    )
    expect(vi12.value).toMatchObject({ reason: "VNPay báo: Thẻ/Tài khoản bị khóa (mã 12)." })
    const en12 = unwrapData(await returnLoader(routeArgs(returnRequest(RETURN_QUERY, en), {})))
    expect(en12.value).toMatchObject({ reason: "VNPay says: Card/account is locked (code 12)." })
  })

  it("does not offer to pay again for a cart this browser does not hold", async () => {
    backend({ "GET /store/vnpay/return": () => json(returnAnswer({ cart_id: "cart_someone_else" })) })
    const { value } = unwrapData(
      await returnLoader(routeArgs(returnRequest(RETURN_QUERY, await cookies({ cart: CART_ID })), {}))
    )
    expect(value).toMatchObject({ state: "failed", canPayAgain: false })
    const html = render(VNPayReturnPage, `/thanh-toan/vnpay?${RETURN_QUERY}`, value)
    expect(html).not.toContain("Thanh toán lại")
    expect(html).toContain("Chọn cách thanh toán khác")
  })

  it("pending: a polite waiting status and, for browsers without JavaScript, a counted meta refresh", async () => {
    backend({ "GET /store/vnpay/return": () => json(returnAnswer({ status: "pending", response_code: "00" })) })
    const query = RETURN_QUERY.replace("vnp_ResponseCode=24", "vnp_ResponseCode=00")
    const { value } = unwrapData(await returnLoader(routeArgs(returnRequest(query), {})))
    expect(value).toMatchObject({
      state: "pending",
      confirmed: false,
      timedOut: false,
      refreshUrl: `/thanh-toan/vnpay?${query}&poll=1`,
    })
    const html = render(VNPayReturnPage, `/thanh-toan/vnpay?${query}`, value)
    expect(html).toContain("Đang chờ xác nhận từ VNPay…")
    expect(html).toMatch(
      /<div class="waiting is-waiting" role="status" aria-live="polite" id="vnpay-status"><span class="spinner"/
    )
    const refresh = html.match(/<noscript><meta http-equiv="refresh" content="([^"]+)"\/?><\/noscript>/)
    expect(refresh?.[1]?.replace(/&amp;/g, "&")).toBe(`3;url=/thanh-toan/vnpay?${query}&poll=1`)
    expect(html).not.toContain("Đã thanh toán")

    // The no-JS counter is not VNPay's: it is not forwarded, and after 40 refreshes the page stops.
    calls.length = 0
    const { value: last } = unwrapData(await returnLoader(routeArgs(returnRequest(`${query}&poll=40`), {})))
    expect(calls[0]?.url.search).toBe(`?${query}`)
    expect(last).toMatchObject({
      state: "pending",
      timedOut: true,
      refreshUrl: null,
      reloadUrl: `/thanh-toan/vnpay?${query}`,
    })
    const stopped = render(VNPayReturnPage, `/thanh-toan/vnpay?${query}&poll=40`, last)
    expect(stopped).not.toContain('http-equiv="refresh"')
    expect(stopped).toContain(
      "Chưa nhận được xác nhận. Đơn hàng sẽ được cập nhật khi VNPay xác nhận; bạn có thể tải lại trang."
    )
    expect(stopped).toMatch(/>Tải lại trang<\/a>/)
  })

  it("400 from the backend (bad signature): the invalid-result page, never 'paid'", async () => {
    backend({
      "GET /store/vnpay/return": () =>
        json({ type: "invalid_data", message: "Kết quả thanh toán không hợp lệ (invalid VNPay signature)" }, 400),
    })
    const tampered = RETURN_QUERY.replace("vnp_ResponseCode=24", "vnp_ResponseCode=00")
    const { value, status } = unwrapData(
      await returnLoader(routeArgs(returnRequest(tampered, await cookies({ cart: CART_ID })), {}))
    )
    expect(status).toBe(400)
    expect(value).toEqual({ state: "invalid", title: "Kết quả thanh toán không hợp lệ" })
    const html = render(VNPayReturnPage, `/thanh-toan/vnpay?${tampered}`, value)
    expect(html).toContain('<h1 id="vnpay-title">Kết quả thanh toán không hợp lệ</h1>')
    expect(html).toMatch(/href="\/gio-hang"[^>]*>Về giỏ hàng<\/a>/)
    expect(html).not.toMatch(/Đã thanh toán|paid/i)
  })

  it("no signature at all: invalid without asking the backend; unknown payment: 404", async () => {
    backend({})
    const { status } = unwrapData(await returnLoader(routeArgs(returnRequest("vnp_ResponseCode=00"), {})))
    expect(status).toBe(400)
    expect(calls).toHaveLength(0)

    backend({ "GET /store/vnpay/return": () => json({ type: "not_found", message: "No VNPay payment x" }, 404) })
    const notFound = unwrapData(await returnLoader(routeArgs(returnRequest(RETURN_QUERY), {})))
    expect(notFound.status).toBe(404)
    expect(notFound.value).toMatchObject({ state: "not_found" })
  })
})

describe("pay again (POST /thanh-toan/vnpay)", () => {
  it("starts a new VNPay payment for the cart in the cookie and sends the browser to it", async () => {
    vi.stubEnv("TRUST_PROXY", "1")
    backend({
      [`GET /store/carts/${CART_ID}`]: () => json({ cart: storeCart }),
      "POST /store/vnpay/payments": vnpayPaymentAnswer,
    })
    const request = postForm(
      `${ORIGIN}/thanh-toan/vnpay?${RETURN_QUERY}`,
      { intent: "pay-again", bank_code: "VNBANK" },
      { Cookie: await cookies({ cart: CART_ID }), "X-Forwarded-For": "203.0.113.7" }
    )
    const response = (await returnAction(routeArgs(request, {}))) as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe(PAYMENT_URL)
    expect(response.headers.get("Set-Cookie")).toBeNull()
    const post = calls.find((c) => c.method === "POST")
    expect(post?.url.pathname).toBe("/store/vnpay/payments")
    expect(post?.body).toEqual({ cart_id: CART_ID, bank_code: "VNBANK", ip: "203.0.113.7", locale: "vn" })
    expect(calls.some((c) => c.url.pathname.endsWith("/complete"))).toBe(false)
  })

  it("refuses an unknown method without calling the backend", async () => {
    backend({})
    const request = postForm(
      `${ORIGIN}/thanh-toan/vnpay`,
      { intent: "pay-again", bank_code: "BITCOIN" },
      {
        Cookie: await cookies({ cart: CART_ID }),
      }
    )
    const { value, status } = unwrapData(await returnAction(routeArgs(request, {})))
    expect(status).toBe(400)
    expect(value).toEqual({ message: "checkout.error.vnpay_method", bankCode: null })
    expect(calls).toHaveLength(0)
  })
})

describe("checkout: paying with VNPay", () => {
  it("starts the payment at POST /store/vnpay/payments with the method, the shopper's IP and locale, and redirects 303 to VNPay", async () => {
    // One proxy in front: the X-Forwarded-For entry it appended is the shopper; the one before it is the client's own claim.
    vi.stubEnv("TRUST_PROXY", "1")
    backend({
      [`GET /store/carts/${CART_ID}`]: () => json({ cart: storeCart }),
      "POST /store/vnpay/payments": vnpayPaymentAnswer,
    })
    const request = postForm(
      `${ORIGIN}/thanh-toan`,
      { intent: "place-order", payment_provider: "pp_vnpay_vnpay", bank_code: "INTCARD" },
      { Cookie: await cookies({ lang: "en", cart: CART_ID }), "X-Forwarded-For": "198.51.100.66, 203.0.113.7" }
    )
    const response = (await checkoutAction(routeArgs(request, {}))) as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe(PAYMENT_URL)
    // The cart is not completed by the storefront, and its cookie stays.
    expect(response.headers.get("Set-Cookie")).toBeNull()
    // Never Medusa's generic payment-session route: the backend refuses VNPay there.
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      `GET /store/carts/${CART_ID}`,
      "POST /store/vnpay/payments",
    ])
    expect(calls[1]?.body).toEqual({ cart_id: CART_ID, bank_code: "INTCARD", ip: "203.0.113.7", locale: "en" })
    expect(calls[1]?.headers.get("x-publishable-api-key")).toBe("pk_test")
    expect(calls[1]?.headers.get("x-medusa-locale")).toBe("en-US")
    expect(calls[1]?.headers.get("content-type")).toBe("application/json")
  })

  it("takes the checkout's combined radio value, in Vietnamese, with 127.0.0.1 when no trusted proxy names the IP", async () => {
    backend({
      [`GET /store/carts/${CART_ID}`]: () => json({ cart: storeCart }),
      "POST /store/vnpay/payments": vnpayPaymentAnswer,
    })
    const request = postForm(
      `${ORIGIN}/thanh-toan`,
      { intent: "place-order", payment_provider: "pp_vnpay_vnpay:VNPAYQR" },
      // Without TRUST_PROXY any client could have written this header: it is ignored.
      { Cookie: await cookies({ cart: CART_ID }), "X-Forwarded-For": "203.0.113.7" }
    )
    const response = (await checkoutAction(routeArgs(request, {}))) as Response
    expect(response.headers.get("Location")).toBe(PAYMENT_URL)
    expect(calls[1]?.body).toEqual({ cart_id: CART_ID, bank_code: "VNPAYQR", ip: "127.0.0.1", locale: "vn" })
  })

  it("an unknown bank_code → 400 with a translated message, before any backend call", async () => {
    backend({})
    const attempts: Record<string, string>[] = [
      { payment_provider: "pp_vnpay_vnpay", bank_code: "BITCOIN" },
      { payment_provider: "pp_vnpay_vnpay:BITCOIN" },
      { payment_provider: "pp_vnpay_vnpay" },
    ]
    for (const fields of attempts) {
      const request = postForm(
        `${ORIGIN}/thanh-toan`,
        { intent: "place-order", ...fields },
        { Cookie: await cookies({ cart: CART_ID }) }
      )
      const { value, status } = unwrapData(await checkoutAction(routeArgs(request, {})))
      expect(status).toBe(400)
      expect(value).toEqual({ intent: "place-order", message: "checkout.error.vnpay_method" })
    }
    expect(calls).toHaveLength(0)
    expect(translate("vi", "checkout.error.vnpay_method")).toBe("Vui lòng chọn một cách thanh toán VNPay hợp lệ.")
    expect(translate("en", "checkout.error.vnpay_method")).toBe("Please choose a valid VNPay payment method.")
  })

  it("a 4xx from the backend → a translated message on the page, the choice kept, the cart intact", async () => {
    backend({
      [`GET /store/carts/${CART_ID}`]: () => json({ cart: storeCart }),
      "POST /store/vnpay/payments": () =>
        json({ type: "invalid_data", message: "VNPay only takes payments in VND" }, 400),
    })
    const request = postForm(
      `${ORIGIN}/thanh-toan`,
      { intent: "place-order", payment_provider: "pp_vnpay_vnpay:VNBANK" },
      { Cookie: await cookies({ cart: CART_ID }) }
    )
    const result = await checkoutAction(routeArgs(request, {}))
    const { value, status } = unwrapData(result)
    expect(status).toBe(400)
    expect(value).toEqual({ intent: "place-order", message: "checkout.error.vnpay", payment: "pp_vnpay_vnpay:VNBANK" })
    expect(calls.some((c) => c.url.pathname.endsWith("/complete"))).toBe(false)
  })

  it("a cart without a payment collection is started the same way (the backend makes one); an answer without a URL is an error", async () => {
    const { payment_collection: _omitted, ...bare } = storeCart
    let answer = vnpayPaymentAnswer()
    backend({
      [`GET /store/carts/${CART_ID}`]: () => json({ cart: bare }),
      "POST /store/vnpay/payments": () => answer,
    })
    const place = async () => {
      const request = postForm(
        `${ORIGIN}/thanh-toan`,
        { intent: "place-order", payment_provider: "pp_vnpay_vnpay:VNPAYQR" },
        { Cookie: await cookies({ cart: CART_ID }) }
      )
      return checkoutAction(routeArgs(request, {}))
    }
    expect(((await place()) as Response).headers.get("Location")).toBe(PAYMENT_URL)
    expect(calls.filter((c) => c.url.pathname.includes("payment-collections"))).toEqual([])

    answer = json({ vnpay_payment: { txn_ref: "payses_01JV-2", payment_url: "javascript:alert(1)" } }, 201)
    const { value, status } = unwrapData(await place())
    expect(status).toBe(400)
    expect(value).toEqual({ intent: "place-order", message: "checkout.error.vnpay", payment: "pp_vnpay_vnpay:VNPAYQR" })
  })

  it("offers VNPay's three methods only when the region has the provider", async () => {
    const region = { id: "reg_vn", name: "Việt Nam", currency_code: "vnd", countries: [{ iso_2: "vn" }] }
    let providers = [{ id: "pp_system_default" }, { id: "pp_vnpay_vnpay" }]
    backend({
      "GET /store/regions": () => json({ regions: [region], count: 1, offset: 0, limit: 10 }),
      "GET /store/payment-providers": () =>
        json({ payment_providers: providers, count: providers.length, offset: 0, limit: 20 }),
      [`GET /store/carts/${CART_ID}`]: () => json({ cart: storeCart }),
      "GET /store/shipping-options": () => json({ shipping_options: [] }),
      "GET /store/vn/provinces": () => json({ provinces: [] }),
      "GET /store/vn/provinces/96/wards": () => json({ wards: [] }),
    })
    const load = async () => {
      const request = new Request(`${ORIGIN}/thanh-toan`, { headers: { Cookie: await cookies({ cart: CART_ID }) } })
      return unwrapData(await checkoutLoader(routeArgs(request, {}))).value as { paymentOptions: PaymentOptionVM[] }
    }
    const withVnpay = await load()
    expect(withVnpay.paymentOptions.map((o) => o.id)).toEqual([
      "pp_system_default",
      "pp_vnpay_vnpay:VNPAYQR",
      "pp_vnpay_vnpay:VNBANK",
      "pp_vnpay_vnpay:INTCARD",
    ])
    providers = [{ id: "pp_system_default" }]
    const codOnly = await load()
    expect(codOnly.paymentOptions.map((o) => o.id)).toEqual(["pp_system_default"])
  })

  it("renders one accessible radio group: COD first, VNPay's methods under their own legend", () => {
    const cart: CartVM = {
      id: CART_ID,
      email: "lan@example.vn",
      lines: [],
      count: 1,
      itemTotal: 150000,
      shippingTotal: 20000,
      taxTotal: 0,
      total: 170000,
      shippingAddress: null,
      shippingOptionId: "so_standard",
    }
    const paymentOptions: PaymentOptionVM[] = [
      { id: "pp_system_default", providerId: "pp_system_default", label: "payment.cod", hint: "payment.cod_hint" },
      ...(["VNPAYQR", "VNBANK", "INTCARD"] as const).map((code) => ({
        id: `pp_vnpay_vnpay:${code}`,
        providerId: "pp_vnpay_vnpay",
        bankCode: code,
        label: `payment.vnpay.${code}` as const,
        hint: `payment.vnpay.${code}_hint` as const,
      })),
    ]
    const html = render(CheckoutPage, "/thanh-toan", {
      title: "Thanh toán",
      cart,
      provinces: [],
      wards: [],
      values: EMPTY_ADDRESS,
      shippingOptions: [],
      paymentOptions,
    })
    expect(tag(html, "payment-cod")).toMatch(
      /type="radio" name="payment_provider".*checked="".*value="pp_system_default"/
    )
    expect(html).toMatch(/<legend>Thanh toán trực tuyến qua VNPay<\/legend>/)
    for (const [id, value, label] of [
      ["payment-vnpay-vnpayqr", "pp_vnpay_vnpay:VNPAYQR", "VNPay QR — quét mã bằng ứng dụng ngân hàng"],
      ["payment-vnpay-vnbank", "pp_vnpay_vnpay:VNBANK", "Thẻ ATM nội địa / tài khoản ngân hàng"],
      ["payment-vnpay-intcard", "pp_vnpay_vnpay:INTCARD", "Thẻ quốc tế (Visa, Mastercard, JCB)"],
    ] as const) {
      expect(html).toContain(`<label class="choice" for="${id}"><input id="${id}" type="radio" name="payment_provider"`)
      expect(tag(html, id)).toContain(`value="${value}"`)
      expect(tag(html, id)).not.toContain("checked")
      // The radio's name is the title alone (the hint is its description).
      expect(tag(html, id)).toContain(`aria-labelledby="${id}-title" aria-describedby="${id}-hint"`)
      expect(html).toContain(`<span class="choice-title" id="${id}-title">${label}</span>`)
    }
    // Before hydration (and without JavaScript) the button keeps the neutral label.
    expect(html).toMatch(/<button[^>]*id="place-order"[^>]*>Đặt hàng<\/button>/)
  })
})

describe("order page: payment method and status", () => {
  function storeOrder(overrides: Record<string, unknown>) {
    return {
      id: ORDER_ID,
      display_id: 42,
      created_at: "2025-03-01T03:31:00.000Z",
      email: "lan@example.vn",
      items: storeCart.items,
      item_total: 150000,
      shipping_total: 20000,
      tax_total: 15455,
      total: 170000,
      shipping_address: storeCart.shipping_address,
      shipping_methods: storeCart.shipping_methods,
      ...overrides,
    }
  }

  it("asks for payment_status and the payments, and says 'Đã thanh toán qua VNPay' for a captured VNPay payment", async () => {
    backend({
      [`GET /store/orders/${ORDER_ID}`]: () =>
        json({
          order: storeOrder({
            payment_status: "captured",
            payment_collections: [
              { id: "pay_col_1", payments: [{ id: "pay_1", provider_id: "pp_vnpay_vnpay", amount: 170000 }] },
            ],
          }),
        }),
    })
    const request = new Request(`${ORIGIN}/don-hang/${ORDER_ID}`)
    const data = await orderLoader(routeArgs(request, { id: ORDER_ID }))
    const fields = calls[0]?.url.searchParams.get("fields") ?? ""
    expect(fields).toContain("+payment_status")
    expect(fields).toContain("*payment_collections.payments")
    expect(data.payment).toEqual({
      method: "payment.vnpay",
      status: "order.payment_status.paid_vnpay",
      payOnDelivery: false,
    })
    expect(translate("vi", data.payment.status)).toBe("Đã thanh toán qua VNPay")
    expect(translate("en", data.payment.status)).toBe("Paid with VNPay")
  })

  it("COD (authorized when placed) is 'Thanh toán khi nhận hàng'; an uncaptured VNPay one is 'Chưa thanh toán'", async () => {
    backend({
      [`GET /store/orders/${ORDER_ID}`]: () =>
        json({
          order: storeOrder({
            payment_status: "authorized",
            payment_collections: [{ id: "pay_col_1", payments: [{ id: "pay_1", provider_id: "pp_system_default" }] }],
          }),
        }),
    })
    const cod = await orderLoader(routeArgs(new Request(`${ORIGIN}/don-hang/${ORDER_ID}`), { id: ORDER_ID }))
    expect(cod.payment).toEqual({ method: "payment.cod", status: "order.payment_status.cod", payOnDelivery: true })
    expect(translate("vi", cod.payment.status)).toBe("Thanh toán khi nhận hàng")

    backend({
      [`GET /store/orders/${ORDER_ID}`]: () =>
        json({
          order: storeOrder({
            payment_status: "not_paid",
            payment_collections: [{ id: "pay_col_1", payments: [{ id: "pay_1", provider_id: "pp_vnpay_vnpay" }] }],
          }),
        }),
    })
    const unpaid = await orderLoader(routeArgs(new Request(`${ORIGIN}/don-hang/${ORDER_ID}`), { id: ORDER_ID }))
    expect(translate("vi", unpaid.payment.status)).toBe("Chưa thanh toán")
  })
})

describe("helpers", () => {
  it("reads the payment choice", () => {
    const form = (fields: Record<string, string>) => new URLSearchParams(fields)
    expect(readPaymentChoice(form({ payment_provider: "pp_system_default" }))).toMatchObject({
      ok: true,
      providerId: "pp_system_default",
    })
    expect(readPaymentChoice(form({ payment_provider: "pp_vnpay_vnpay:VNBANK" }))).toMatchObject({
      ok: true,
      bankCode: "VNBANK",
    })
    expect(readPaymentChoice(form({ payment_provider: "pp_vnpay_vnpay", bank_code: "INTCARD" }))).toMatchObject({
      ok: true,
      bankCode: "INTCARD",
      value: "pp_vnpay_vnpay:INTCARD",
    })
    expect(readPaymentChoice(form({ payment_provider: "pp_vnpay_vnpay:VNBANK:x" }))).toEqual({
      ok: false,
      message: "checkout.error.choose_payment",
    })
    expect(readPaymentChoice(form({}))).toEqual({ ok: false, message: "checkout.error.choose_payment" })
  })

  it("sends vnp_IpAddr as a plain address the backend accepts, or none", () => {
    expect(vnpayIp("203.0.113.7")).toBe("203.0.113.7")
    expect(vnpayIp("::ffff:203.0.113.7")).toBe("203.0.113.7")
    expect(vnpayIp("fe80::1%eth0")).toBe("fe80::1")
    expect(vnpayIp("2001:db8::1")).toBe("2001:db8::1")
    expect(vnpayIp("999.1.1.1")).toBeUndefined()
  })
})
