import { describe, expect, it } from "vitest"
import VNPayReturnPage, { loader as returnLoader } from "~/routes/vnpay-return"
import { routeArgs, unwrapData } from "./helpers"
import {
  backend,
  CART_ID,
  cookies,
  installFakeBackend,
  json,
  ORDER_ID,
  RETURN_QUERY,
  render,
  returnAnswer,
  returnRequest,
} from "./vnpay-fixtures"

installFakeBackend()

/** VNPay's return query of a successful payment. */
const PAID_QUERY = RETURN_QUERY.replace("vnp_ResponseCode=24", "vnp_ResponseCode=00").replace(
  "vnp_TransactionStatus=02",
  "vnp_TransactionStatus=00"
)
const PAGE = `/thanh-toan/vnpay?${PAID_QUERY}`
const SUCCESS = { response_code: "00", message: { vi: "Giao dịch thành công", en: "Successful transaction" } }

/** The loader's view and the page it renders, for one answer of GET /store/vnpay/return. */
async function returnPage(
  answer: Record<string, unknown>,
  who: { lang?: "vi" | "en"; cart?: string } = { cart: CART_ID }
) {
  backend({ "GET /store/vnpay/return": () => json(returnAnswer({ ...SUCCESS, ...answer })) })
  const result = await returnLoader(routeArgs(returnRequest(PAID_QUERY, await cookies(who)), {}))
  const { value, status } = unwrapData(result)
  const init = (result as unknown as { init?: { headers?: HeadersInit } }).init
  const setCookie = new Headers(init?.headers).get("Set-Cookie")
  return { value, status, setCookie, html: render(VNPayReturnPage, PAGE, value, who.lang ?? "vi") }
}

const refund = (refund_status: string, reason = "cart_changed") => ({ status: "refund", refund_status, reason })

describe("VNPay return page: paid, waiting for the order", () => {
  it("says VNPay confirmed and the order is being made, keeps checking (meta refresh), then goes to the order", async () => {
    const { value, html, setCookie } = await returnPage({ status: "paid", order_id: null })
    expect(value).toMatchObject({
      state: "pending",
      confirmed: true,
      title: "VNPay đã xác nhận thanh toán — đang tạo đơn hàng…",
      refreshUrl: `${PAGE}&poll=1`,
    })
    expect(setCookie).toBeNull()
    expect(html).toContain('<h1 id="vnpay-title">VNPay đã xác nhận thanh toán — đang tạo đơn hàng…</h1>')
    expect(html).toMatch(
      /role="status" aria-live="polite" id="vnpay-status"><span class="spinner" aria-hidden="true"><\/span><p>Bạn không cần thanh toán lại\./
    )
    expect(html).toMatch(
      /<noscript><meta http-equiv="refresh" content="3;url=\/thanh-toan\/vnpay\?[^"]*poll=1"\/?><\/noscript>/
    )
    expect(html).toContain("170.000 ₫")
    expect(html).not.toContain("Thanh toán lại")

    // Once the order exists, the next check goes to it.
    backend({ "GET /store/vnpay/return": () => json(returnAnswer({ ...SUCCESS, status: "paid", order_id: ORDER_ID })) })
    const done = (await returnLoader(
      routeArgs(returnRequest(PAID_QUERY, await cookies({ cart: CART_ID })), {})
    )) as unknown as Response
    expect(done.status).toBe(303)
    expect(done.headers.get("Location")).toBe(`/don-hang/${ORDER_ID}`)
  })

  it("when the no-JS checks run out it still says the payment is confirmed, not 'no confirmation yet'", async () => {
    backend({ "GET /store/vnpay/return": () => json(returnAnswer({ ...SUCCESS, status: "paid", order_id: null })) })
    const { value } = unwrapData(await returnLoader(routeArgs(returnRequest(`${PAID_QUERY}&poll=40`), {})))
    expect(value).toMatchObject({ state: "pending", confirmed: true, timedOut: true, refreshUrl: null })
    const html = render(VNPayReturnPage, `${PAGE}&poll=40`, value)
    expect(html).toContain(
      "VNPay đã xác nhận thanh toán và đơn hàng của bạn vẫn đang được tạo. Bạn không cần thanh toán lại"
    )
    expect(html).not.toContain("Chưa nhận được xác nhận")
    expect(html).not.toContain('http-equiv="refresh"')
  })
})

describe("VNPay return page: refund", () => {
  it("refunding after the cart changed: the amount, 'đang hoàn tiền', the bank delay, back to the cart, the TxnRef", async () => {
    const { value, html, setCookie } = await returnPage(refund("refunding"))
    expect(value).toEqual({
      state: "refund",
      title: "Chúng tôi đang hoàn tiền cho bạn",
      amount: 170000,
      txnRef: "payses_01JV-1",
      refundStatus: "refunding",
      cause: "cart_changed",
      cartOpen: true,
      reloadUrl: PAGE,
    })
    expect(setCookie).toBeNull()
    expect(html).toContain('<h1 id="vnpay-title">Chúng tôi đang hoàn tiền cho bạn</h1>')
    expect(html).toContain(
      '<div id="vnpay-refund" class="alert alert-info" role="status"><p>VNPay đã nhận 170.000 ₫ nhưng giỏ hàng đã thay đổi trong lúc bạn thanh toán — chúng tôi đang hoàn tiền.</p>'
    )
    expect(html).toContain("trong khoảng 1–7 ngày làm việc, tuỳ ngân hàng.")
    expect(html).toContain('<dd id="vnpay-refund-status">Đang hoàn tiền</dd>')
    expect(html).toContain("Giỏ hàng của bạn vẫn được giữ.")
    expect(html).toMatch(
      /<a class="button button-primary" href="\/gio-hang"[^>]*>Kiểm tra giỏ hàng và thanh toán lại<\/a>/
    )
    expect(html).toMatch(/<a class="button button-secondary" href="\/danh-muc"[^>]*>Tiếp tục mua sắm<\/a>/)
    expect(html).toContain("vui lòng cho biết mã giao dịch payses_01JV-1.")
    // No meta refresh on a page to be read; without JavaScript a link checks again.
    expect(html).not.toContain('http-equiv="refresh"')
    expect(html).toMatch(/<a class="button button-secondary" href="\/thanh-toan\/vnpay\?[^"]*"[^>]*>Tải lại trang<\/a>/)
    expect(html).not.toMatch(/Đã hoàn tiền|đã hoàn tiền|Đã thanh toán/)
  })

  it("refunded: says so once VNPay confirmed it, and stops checking", async () => {
    const { value, html } = await returnPage(refund("refunded"))
    expect(value).toMatchObject({ state: "refund", refundStatus: "refunded", title: "Chúng tôi đã hoàn tiền cho bạn" })
    expect(html).toContain('<h1 id="vnpay-title">Chúng tôi đã hoàn tiền cho bạn</h1>')
    expect(html).toContain(
      "VNPay đã nhận 170.000 ₫ nhưng giỏ hàng đã thay đổi trong lúc bạn thanh toán — chúng tôi đã hoàn tiền."
    )
    expect(html).toContain('<dd id="vnpay-refund-status">Đã hoàn tiền</dd>')
    expect(html).toContain("1–7 ngày làm việc")
    expect(html).not.toContain("Tải lại trang")
    expect(html).not.toContain("đang hoàn tiền")
  })

  it("refund_failed: no refund promised, support will get in touch, announced as an alert", async () => {
    const { value, html } = await returnPage(refund("refund_failed", "refund_rejected"))
    expect(value).toMatchObject({ state: "refund", refundStatus: "refund_failed", cause: "other" })
    expect(html).toContain('<h1 id="vnpay-title">Chúng tôi đang xử lý khoản thanh toán của bạn</h1>')
    expect(html).toMatch(
      /class="alert alert-error" role="alert"><p>VNPay đã nhận 170\.000 ₫ nhưng chúng tôi không thể tạo đơn hàng từ giỏ hàng này — chúng tôi đang xử lý, bộ phận hỗ trợ sẽ liên hệ với bạn\.<\/p>/
    )
    expect(html).toContain("bộ phận hỗ trợ của Chợ Số đang xử lý và sẽ liên hệ với bạn")
    expect(html).toContain('<dd id="vnpay-refund-status">Đang xử lý — bộ phận hỗ trợ sẽ liên hệ</dd>')
    expect(html).not.toContain("1–7 ngày")
    expect(html).not.toMatch(/đã hoàn tiền|đang hoàn tiền/i)
  })

  it("words each reason, and offers the cart only while it can still be paid", async () => {
    const cases = [
      ["cart_completed", "nhưng giỏ hàng này đã được đặt hàng trước đó — chúng tôi đang hoàn tiền.", false],
      ["cart_gone", "nhưng giỏ hàng không còn nữa — chúng tôi đang hoàn tiền.", false],
      ["out_of_stock", "nhưng một sản phẩm trong giỏ hàng vừa hết hàng — chúng tôi đang hoàn tiền.", true],
      [
        "payment_method_changed",
        "nhưng giỏ hàng đã được chuyển sang cách thanh toán khác — chúng tôi đang hoàn tiền.",
        true,
      ],
      ["cannot_complete", "nhưng chúng tôi không thể tạo đơn hàng từ giỏ hàng này — chúng tôi đang hoàn tiền.", true],
    ] as const
    for (const [reason, words, cartOpen] of cases) {
      const { value, html } = await returnPage(refund("refunding", reason))
      expect(value, reason).toMatchObject({ state: "refund", cartOpen })
      expect(html, reason).toContain(`VNPay đã nhận 170.000 ₫ ${words}`)
      expect(html.includes('href="/gio-hang"'), reason).toBe(cartOpen)
      expect(html, reason).toMatch(
        new RegExp(`class="button button-${cartOpen ? "secondary" : "primary"}" href="/danh-muc"`)
      )
    }
  })

  it("in English; no cart button for a cart this browser does not hold", async () => {
    const { html } = await returnPage(refund("refunding"), { lang: "en", cart: "cart_another" })
    expect(html).toContain('<h1 id="vnpay-title">We are refunding your payment</h1>')
    expect(html).toContain(
      "VNPay received 170.000 ₫, but your cart changed while you were paying — we are refunding it."
    )
    expect(html).toContain("within 1–7 working days, depending on your bank.")
    expect(html).toContain('<dd id="vnpay-refund-status">In progress</dd>')
    expect(html).toContain("please quote the transaction reference payses_01JV-1.")
    expect(html).not.toContain('href="/gio-hang"')
    expect(html).toMatch(/<a class="button button-primary" href="\/danh-muc"[^>]*>Continue shopping<\/a>/)
    expect(html).not.toContain("hoàn tiền")
  })

  it("a refund whose progress it does not know is shown in progress, never as done", async () => {
    const { value, html } = await returnPage(refund("something_new"))
    expect(value).toMatchObject({ state: "refund", refundStatus: "refunding" })
    expect(html).toContain('<dd id="vnpay-refund-status">Đang hoàn tiền</dd>')
  })
})

describe("VNPay return page: review", () => {
  it("checking with VNPay: no need to pay again, we will get in touch (vi and en)", async () => {
    const vi = await returnPage({ status: "review", reason: "suspected_fraud", response_code: "07" })
    expect(vi.value).toEqual({
      state: "review",
      title: "Chúng tôi đang kiểm tra khoản thanh toán này với VNPay",
      amount: 170000,
      txnRef: "payses_01JV-1",
    })
    expect(vi.html).toContain('<h1 id="vnpay-title">Chúng tôi đang kiểm tra khoản thanh toán này với VNPay</h1>')
    expect(vi.html).toMatch(
      /id="vnpay-review" class="alert alert-info" role="status"><p>[^<]*Bạn không cần thanh toán lại — chúng tôi sẽ liên hệ với bạn/
    )
    expect(vi.html).toContain("170.000 ₫")
    expect(vi.html).toContain("mã giao dịch payses_01JV-1")
    expect(vi.html).not.toMatch(/Thanh toán lại|gian lận|fraud|http-equiv/)

    const en = await returnPage({ status: "review", reason: "reversed" }, { lang: "en" })
    expect(en.html).toContain('<h1 id="vnpay-title">We are checking this payment with VNPay</h1>')
    expect(en.html).toContain("There is no need to pay again — we will contact you once we know more.")
  })
})

describe("VNPay return page: an answer it does not understand", () => {
  it("fails loudly instead of guessing", async () => {
    backend({ "GET /store/vnpay/return": () => json(returnAnswer({ status: "captured" })) })
    await expect(returnLoader(routeArgs(returnRequest(PAID_QUERY), {}))).rejects.toThrow("Unexpected answer")
  })
})

describe("VNPay return page: a market stall's QR paid by card or wallet", () => {
  it("paid: says the stall was paid, never 'creating your order', and does not touch the shopper's cart", async () => {
    const { value, html, setCookie } = await returnPage({
      status: "paid",
      purpose: "stall_payment",
      cart_id: null,
      order_id: null,
    })
    expect(value).toMatchObject({ state: "stall", paid: true, failed: false, title: "Bạn đã trả tiền cho quầy" })
    expect(setCookie).toBeNull()
    expect(html).toContain("Màn hình của người bán đã hiện và đọc số tiền")
    expect(html).not.toContain("đang tạo đơn hàng")
    expect(html).not.toContain("Thanh toán lại")
  })

  it("failed: no offer to pay the shopper's cart again, only to scan the stall's QR again", async () => {
    const { value, html } = await returnPage({
      status: "failed",
      purpose: "stall_payment",
      cart_id: null,
      response_code: "24",
    })
    expect(value).toMatchObject({ state: "stall", paid: false, failed: true })
    expect(html).toContain("Hãy quét lại mã QR trên máy của người bán")
    expect(html).not.toContain("Thanh toán lại")
  })
})

describe("VNPay return page: a stall payment whose IPN has not arrived yet", () => {
  it("waits and asks again by itself (a reload without JavaScript), never says paid yet", async () => {
    const { value, html } = await returnPage({
      status: "pending",
      purpose: "stall_payment",
      cart_id: null,
      order_id: null,
    })
    expect(value).toMatchObject({ state: "stall", paid: false, failed: false, title: "Đang chờ VNPay xác nhận" })
    expect(html).toMatch(
      /<noscript><meta http-equiv="refresh" content="\d+;url=\/thanh-toan\/vnpay\?[^"]*"\/?><\/noscript>/
    )
    expect(html).not.toContain("Bạn đã trả tiền cho quầy")
  })
})
