import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { stallCookie } from "~/lib/cookies.server"
import { loader as publicStallLoader } from "~/routes/stall/public-stall"
import StallRequestPage, { action as requestAction, loader as requestLoader } from "~/routes/stall/request"
import StallScreen, { action as screenAction, loader as screenLoader } from "~/routes/stall/screen"
import { action as signInAction } from "~/routes/stall/sign-in"
import { action as signOutAction } from "~/routes/stall/sign-out"
import { fakeToken, postForm, routeArgs, unwrapData } from "./helpers"
import { DEVICE_TOKEN, paymentRequest, stall, transfer } from "./stall-fixtures"
import { render } from "./vnpay-fixtures"

const ORIGIN = "http://localhost:5173"
const JWT = fakeToken({ actor_id: "selmem_1", auth_identity_id: "authid_1", exp: Math.floor(Date.now() / 1000) + 3600 })
const ANDROID = "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36"

interface Call {
  method: string
  path: string
  search: string
  headers: Headers
  body: unknown
}
type Handler = (call: Call) => Response

let fetchSpy: MockInstance<typeof fetch>
let calls: Call[]
let routes: Record<string, Handler>

beforeEach(() => {
  calls = []
  routes = {}
  fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const method = (init?.method ?? "GET").toUpperCase()
    const headers = new Headers(init?.headers)
    let body: unknown = init?.body
    if (typeof body === "string" && headers.get("content-type")?.includes("json")) {
      body = JSON.parse(body)
    }
    const call = { method, path: url.pathname, search: url.search, headers, body }
    calls.push(call)
    const handler = routes[`${method} ${url.pathname}`]
    return handler
      ? handler(call)
      : Response.json({ message: `no fake for ${method} ${url.pathname}` }, { status: 599 })
  })
  // renderToString of a memory router: keep React's SSR warnings out of the output.
  vi.spyOn(console, "error").mockImplementation(() => undefined)
})

afterEach(() => {
  fetchSpy.mockRestore()
  vi.restoreAllMocks()
})

const json =
  (body: unknown, status = 200) =>
  () =>
    Response.json(body, { status })

const ME = {
  stall: stall(),
  device: {
    id: "sdev_1",
    label: "Điện thoại Android",
    created_at: "2026-03-01T07:00:00Z",
    last_seen_at: null,
    revoked_at: null,
    current: true,
  },
}
const TODAY = {
  requests: [
    paymentRequest({ id: "preq_3", reference: "CS3AAAA", amount: 50000, status: "paid" }),
    paymentRequest({ id: "preq_2", reference: "CS2BBBB", amount: 70000, status: "needs_review" }),
    paymentRequest({ id: "preq_4", reference: "CS4CCCC", amount: 30000, status: "expired" }),
    paymentRequest(),
  ],
  reviews: [transfer()],
  total_paid: 50000,
  count_paid: 1,
  last_seq: 42,
}

async function withCookie(url: string, init: RequestInit = {}): Promise<Request> {
  const headers = new Headers(init.headers)
  headers.set("Cookie", (await stallCookie.serialize(DEVICE_TOKEN)).split(";")[0] ?? "")
  return new Request(url, { ...init, headers })
}

async function post(url: string, fields: Record<string, string>): Promise<Request> {
  const request = postForm(url, fields)
  return withCookie(url, {
    method: "POST",
    body: await request.text(),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  })
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Response) return error
    throw error
  }
  throw new Error("expected a thrown Response")
}

describe("the device cookie", () => {
  it("no cookie: the screen sends the phone to sign in, without calling the backend", async () => {
    const response = await thrown(screenLoader(routeArgs(new Request(`${ORIGIN}/ban-hang`), {})))
    expect(response.status).toBe(302)
    expect(response.headers.get("Location")).toBe("/ban-hang/dang-nhap")
    expect(calls).toHaveLength(0)
  })

  it("a 401 (device signed out from another phone) clears the cookie and goes to sign in", async () => {
    routes = {
      "GET /stall/me": json({ message: "Máy này đã bị đăng xuất" }, 401),
      "GET /stall/today": json({ message: "Máy này đã bị đăng xuất" }, 401),
    }
    const response = await thrown(screenLoader(routeArgs(await withCookie(`${ORIGIN}/ban-hang`), {})))
    expect(response.status).toBe(302)
    expect(response.headers.get("Location")).toBe("/ban-hang/dang-nhap?reason=expired")
    const setCookie = response.headers.get("Set-Cookie") ?? ""
    expect(setCookie).toMatch(/^choso_stall=;/)
    expect(setCookie).toMatch(/Max-Age=0/i)
  })

  it("sends the device token as x-stall-device on every /stall call", async () => {
    routes = { "GET /stall/me": json(ME), "GET /stall/today": json(TODAY) }
    const { value } = unwrapData(await screenLoader(routeArgs(await withCookie(`${ORIGIN}/ban-hang`), {})))
    expect(value).toMatchObject({ stall: { display_name: "Rau sạch cô Ba" }, today: { total_paid: 50000 } })
    expect(calls.map((c) => `${c.method} ${c.path}`).sort()).toEqual(["GET /stall/me", "GET /stall/today"])
    for (const call of calls) {
      expect(call.headers.get("x-stall-device")).toBe(DEVICE_TOKEN)
      expect(call.headers.get("authorization")).toBeNull()
    }
  })
})

describe("signing a phone in", () => {
  it("signs in, registers the device with the JWT and a label, and keeps only the device token", async () => {
    routes = {
      "POST /auth/seller/emailpass": json({ token: JWT }),
      "POST /vendor/market/devices": json({ device: ME.device, token: DEVICE_TOKEN }, 201),
    }
    const request = postForm(
      `${ORIGIN}/ban-hang/dang-nhap`,
      { email: "Ba@Example.VN", password: "mật khẩu dài" },
      { "User-Agent": ANDROID }
    )
    const response = (await signInAction(routeArgs(request, {}))) as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe("/ban-hang")
    const setCookie = response.headers.get("Set-Cookie") ?? ""
    expect(await stallCookie.parse(setCookie)).toBe(DEVICE_TOKEN)
    expect(setCookie).not.toContain(JWT)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).toMatch(/Max-Age=31536000/)

    expect(calls[0]?.body).toEqual({ email: "ba@example.vn", password: "mật khẩu dài" })
    const device = calls.find((c) => c.path === "/vendor/market/devices")
    expect(device?.headers.get("authorization")).toBe(`Bearer ${JWT}`)
    expect(device?.body).toEqual({ label: "Điện thoại Android" })
  })

  it("says so in Vietnamese: wrong password, no stall", async () => {
    routes = { "POST /auth/seller/emailpass": json({ message: "Invalid email or password" }, 401) }
    const wrong = unwrapData(
      await signInAction(
        routeArgs(postForm(`${ORIGIN}/ban-hang/dang-nhap`, { email: "ba@example.vn", password: "sai mật khẩu" }), {})
      )
    )
    expect(wrong).toMatchObject({ status: 400, value: { message: "stall.signin.error.wrong" } })

    routes = {
      "POST /auth/seller/emailpass": json({ token: JWT }),
      "POST /vendor/market/devices": json(
        { code: "market.no_stall", type: "not_found", message: "Tài khoản này chưa có quầy nào ở chợ (no stall)." },
        404
      ),
    }
    const noStall = unwrapData(
      await signInAction(
        routeArgs(postForm(`${ORIGIN}/ban-hang/dang-nhap`, { email: "ba@example.vn", password: "mật khẩu dài" }), {})
      )
    )
    expect(noStall).toMatchObject({ status: 400, value: { message: "stall.signin.error.no_stall" } })
  })
})

describe("taking a payment", () => {
  it("creates the request and goes to its QR", async () => {
    routes = { "POST /stall/payment-requests": json({ request: paymentRequest() }, 201) }
    const response = (await screenAction(
      routeArgs(await post(`${ORIGIN}/ban-hang`, { intent: "create", amount: "200000", rail: "vietqr" }), {})
    )) as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe("/ban-hang/ma/preq_1")
    expect(calls[0]?.body).toEqual({ amount: 200000, rail: "vietqr" })
    expect(calls[0]?.headers.get("x-stall-device")).toBe(DEVICE_TOKEN)
  })

  it("refuses an amount the rail does not take before calling the backend", async () => {
    const result = unwrapData(
      await screenAction(
        routeArgs(await post(`${ORIGIN}/ban-hang`, { intent: "create", amount: "2.000", rail: "vnpay" }), {})
      )
    )
    expect(result).toMatchObject({
      status: 400,
      value: { kind: "pad", digits: "2000", rail: "vnpay", problem: "too_small" },
    })
    expect(calls).toHaveLength(0)
  })

  it("without JavaScript each key posts the form and comes back with the amount", async () => {
    const result = unwrapData(
      await screenAction(routeArgs(await post(`${ORIGIN}/ban-hang`, { amount: "20", key: "000", rail: "vnpay" }), {}))
    )
    expect(result.value).toEqual({ kind: "pad", digits: "20000", rail: "vnpay" })
    expect(calls).toHaveLength(0)
  })

  it("a review needs a note; with one it is sent as the decision", async () => {
    const refused = unwrapData(
      await screenAction(
        routeArgs(await post(`${ORIGIN}/ban-hang`, { intent: "returned", transfer_id: "tr_1", note: " a " }), {})
      )
    )
    expect(refused).toMatchObject({ status: 400, value: { kind: "review", transferId: "tr_1" } })
    expect(calls).toHaveLength(0)

    routes = { "POST /stall/reviews/tr_1": json({ review: transfer({ resolution: "returned" }) }) }
    const done = (await screenAction(
      routeArgs(
        await post(`${ORIGIN}/ban-hang`, { intent: "returned", transfer_id: "tr_1", note: "đã trả lại khách" }),
        {}
      )
    )) as Response
    expect(done.status).toBe(303)
    expect(calls[0]?.body).toEqual({ decision: "returned", note: "đã trả lại khách" })
  })

  it("the screen: today's total is the paid total, 'Đã nhận' only on paid, the open review with its form", () => {
    const html = render(StallScreen, "/ban-hang", { title: "x", stall: stall(), today: TODAY })
    expect(html).toContain('data-testid="stall-today-total">50.000 đ</strong>')
    expect(html.match(/stall-chip-paid">Đã nhận</g)).toHaveLength(1)
    expect(html).toContain('stall-chip-review">Cần kiểm tra<')
    expect(html).toContain('stall-chip-closed">Hết hạn<')
    expect(html).toContain('data-testid="create-qr"')
    expect(html).toContain('data-testid="rail-vietqr"')
    // Without JavaScript the keypad sits on a plain numeric field.
    expect(html).toMatch(/<input id="stall-amount-input"[^>]*name="amount" type="text" inputMode="numeric"/)
    for (const key of ["1", "9", "0", "000", "back"]) {
      expect(html).toContain(`data-testid="key-${key}"`)
    }
    expect(html).toContain('name="note"')
  })

  it("a stall whose bank account is not verified gets the explanation and no keypad", () => {
    const blocked = stall({ can_take_payments: false, status: "pending", bank: { ...stall().bank, verified: false } })
    const html = render(StallScreen, "/ban-hang", { title: "x", stall: blocked, today: { ...TODAY, requests: [] } })
    expect(html).toContain("Ban quản lý chợ đang xác minh tài khoản ngân hàng")
    expect(html).not.toContain('data-testid="key-1"')
    expect(html).not.toContain('data-testid="create-qr"')
  })
})

describe("the QR screen", () => {
  const view = async (request = paymentRequest(), reviews = TODAY.reviews) => {
    routes = {
      "GET /stall/me": json(ME),
      "GET /stall/payment-requests/preq_1": json({ request }),
      "GET /stall/today": json({ ...TODAY, reviews }),
    }
    const { value } = unwrapData(
      await requestLoader(routeArgs(await withCookie(`${ORIGIN}/ban-hang/ma/preq_1`), { id: "preq_1" }))
    )
    return { value, html: render(StallRequestPage, "/ban-hang/ma/preq_1", value) }
  }

  it("draws the QR on the server from the payload and waits, clearly not paid", async () => {
    const { value, html } = await view(paymentRequest(), [])
    expect(value).toMatchObject({ seq: 42, reviews: [] })
    expect(html).toContain(`data-testid="stall-qr" data-qr-payload="${paymentRequest().qr_payload}"`)
    expect(html).toMatch(/data-testid="stall-qr"[^>]*><svg[^>]*viewBox/)
    expect(html).toContain('data-testid="stall-waiting"')
    expect(html).toContain("Đang chờ tiền vào…")
    expect(html).toContain("200.000 đ")
    expect(html).toContain("hai trăm nghìn đồng")
    expect(html).toContain("Quét bằng app ngân hàng")
    expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="5"\/?><\/noscript>/)
    expect(html).not.toContain('data-testid="stall-paid"')
    expect(html).not.toContain("Đã nhận tiền")
    for (const call of calls) {
      expect(call.headers.get("x-stall-device")).toBe(DEVICE_TOKEN)
    }
  })

  it("shows amber for 200 đ that arrived for a 200.000 đ request, saying it is not the payment", async () => {
    const { html } = await view()
    expect(html).toContain('data-testid="stall-review"')
    expect(html).toContain("Vừa có 200 đ (hai trăm đồng) chuyển vào.")
    expect(html).toContain("KHÔNG phải tiền của mã này")
    expect(html).toContain('data-testid="stall-waiting"')
  })

  it("server-renders green once the server says paid, with the spoken sentence", async () => {
    const { html } = await view(paymentRequest({ status: "paid", paid_at: "2026-03-01T08:02:00Z" }), [])
    expect(html).toMatch(/data-testid="stall-paid" role="status"[^>]*>.*Đã nhận hai trăm nghìn đồng, mã CS7K2QM/s)
    expect(html).not.toContain('data-testid="stall-waiting"')
    expect(html).not.toContain('data-testid="stall-qr"')
    expect(html).not.toContain('http-equiv="refresh"')
  })

  it("cancel posts to the backend and goes back to the keypad", async () => {
    routes = {
      "POST /stall/payment-requests/preq_1/cancel": json({ request: paymentRequest({ status: "cancelled" }) }),
    }
    const response = (await requestAction(
      routeArgs(await post(`${ORIGIN}/ban-hang/ma/preq_1`, { intent: "cancel" }), { id: "preq_1" })
    )) as Response
    expect(response.headers.get("Location")).toBe("/ban-hang")
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /stall/payment-requests/preq_1/cancel"])
  })
})

describe("signing this phone out", () => {
  it("revokes its own device, then drops the cookie", async () => {
    routes = {
      "GET /stall/me": json(ME),
      "POST /stall/devices/sdev_1/revoke": json({ device: { ...ME.device, revoked_at: "2026-03-01T09:00:00Z" } }),
    }
    const response = (await signOutAction(routeArgs(await post(`${ORIGIN}/ban-hang/dang-xuat`, {}), {}))) as Response
    expect(response.headers.get("Location")).toBe("/ban-hang/dang-nhap?reason=signed_out")
    expect(response.headers.get("Set-Cookie")).toMatch(/^choso_stall=;.*Max-Age=0/i)
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["GET /stall/me", "POST /stall/devices/sdev_1/revoke"])
  })
})

describe("/c/:code — a stall's printed sign", () => {
  const PUBLIC = {
    code: "CMP2A12",
    number: "A12",
    display_name: "Rau sạch cô Ba",
    goods: "Rau",
    photo_url: null,
    market: { name: "Chợ Phường 2", address: "Cà Mau" },
    holder: "NGUYEN THI BA",
    bank_name: "Agribank",
    verified: true,
  }

  it("asks the store API with the publishable key", async () => {
    routes = { "GET /store/stalls/CMP2A12": json({ stall: PUBLIC }) }
    const { value } = unwrapData(
      await publicStallLoader(routeArgs(new Request(`${ORIGIN}/c/cmp2a12`), { code: "cmp2a12" }))
    )
    expect(value).toMatchObject({ stall: { verified: true, holder: "NGUYEN THI BA" } })
    expect(calls[0]?.headers.get("x-publishable-api-key")).toBe("pk_test")
  })

  it("is a 404 for an unknown or malformed code", async () => {
    routes = { "GET /store/stalls/NOPE1": json({ message: "not found" }, 404) }
    const unknown = await publicStallLoader(routeArgs(new Request(`${ORIGIN}/c/NOPE1`), { code: "NOPE1" })).catch(
      (e: unknown) => e
    )
    expect(unknown).toMatchObject({ init: { status: 404 } })
    const malformed = await publicStallLoader(routeArgs(new Request(`${ORIGIN}/c/..%2F`), { code: "../" })).catch(
      (e: unknown) => e
    )
    expect(malformed).toMatchObject({ init: { status: 404 } })
  })
})
