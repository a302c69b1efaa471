import { daysBetween, NATIONAL_REGISTER_URL, vietnamToday } from "@choso/ocop-rules"
import { createElement } from "react"
import { renderToString } from "react-dom/server"
import { createRoutesStub, Outlet } from "react-router"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { ProductCard } from "~/components/ProductCard"
import { listProductsByIds } from "~/lib/catalog.server"
import { sellerCookie } from "~/lib/cookies.server"
import { translator } from "~/lib/i18n"
import { checkOcopForm, EMPTY_OCOP_FORM } from "~/lib/ocop-form"
import type { CertificateDTO } from "~/lib/ocop-types"
import OcopPage, { loader as ocopPageLoader } from "~/routes/ocop"
import ProductPage, { loader as productLoader } from "~/routes/product"
import SellerOcop, { loader as sellerOcopLoader } from "~/routes/seller/ocop"
import SellerOcopNew, { action as ocopNewAction, loader as ocopNewLoader } from "~/routes/seller/ocop-new"
import { fakeToken, nbsp, routeArgs, unwrapData } from "./helpers"

const ORIGIN = "http://localhost:5173"
const MEMBER_TOKEN = fakeToken({
  actor_id: "selmem_1",
  auth_identity_id: "authid_1",
  exp: Math.floor(Date.now() / 1000) + 3600,
})

/** A Vietnam calendar day `offset` days from today. */
function day(offset: number): string {
  return vietnamToday(new Date(Date.now() + offset * 86_400_000))
}

// ── A fake backend: "METHOD /path" → handler; anything else fails loudly ─────

interface Call {
  method: string
  url: URL
  headers: Headers
  body: unknown
}
type Handler = (call: Call) => Response | Promise<Response>

let calls: Call[]
let routes: Record<string, Handler>

beforeEach(() => {
  calls = []
  routes = {}
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const method = (init?.method ?? "GET").toUpperCase()
    const headers = new Headers(init?.headers)
    let body: unknown = init?.body
    if (typeof body === "string" && headers.get("content-type")?.includes("json")) body = JSON.parse(body)
    const call = { method, url, headers, body }
    calls.push(call)
    const handler = routes[`${method} ${url.pathname}`]
    if (!handler) return Response.json({ message: `no fake for ${method} ${url.pathname}` }, { status: 599 })
    return handler(call)
  })
  // renderToString of a memory router: keep React's SSR warnings out of the output.
  vi.spyOn(console, "error").mockImplementation(() => undefined)
  vi.spyOn(console, "warn").mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
})

const json = (body: unknown, status = 200) => Response.json(body, { status })

const REGION = { "GET /store/regions": () => json({ regions: [{ id: "reg_vn", currency_code: "vnd" }] }) }
const PROVINCES = {
  "GET /store/vn/provinces": () =>
    json({ provinces: [{ code: "96", name: "Cà Mau", full_name: "Tỉnh Cà Mau", type: "tinh", ward_count: 64 }] }),
}

function storeProduct(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    handle: `hang-${id}`,
    title: `Sản phẩm ${id}`,
    metadata: {},
    variants: [],
    images: [],
    categories: [],
    ...extra,
  }
}

/** `/store/products?id[]=…`: the listed products, from `all`. */
function productsById(all: Record<string, unknown>[]): Handler {
  return ({ url }) => {
    const ids = [...url.searchParams.entries()].filter(([k]) => k.startsWith("id")).map(([, v]) => v)
    const products = all.filter((p) => ids.includes(String(p.id)))
    return json({ products, count: products.length })
  }
}

/** Renders a route component with its loader's data under a root with the language. */
// biome-ignore lint/suspicious/noExplicitAny: route components take the loader data of each route
function render(Component: any, path: string, loaderData: unknown): string {
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
      hydrationData: { loaderData: { root: { lang: "vi", cartCount: 0, categories: [] }, page: loaderData } },
    })
  )
  return nbsp(html.replace(/<!-- -->/g, ""))
}

async function sellerRequest(url: string, init: RequestInit = {}): Promise<Request> {
  const headers = new Headers(init.headers)
  headers.set("Cookie", (await sellerCookie.serialize(MEMBER_TOKEN)).split(";")[0] ?? "")
  return new Request(url, { ...init, headers })
}

function certificate(overrides: Partial<CertificateDTO> = {}): CertificateDTO {
  return {
    id: "ocert_1",
    status: "approved",
    stars: 4,
    group: "thuc-pham",
    score: 78,
    authority_level: "provincial",
    authority_name: "UBND tỉnh Cà Mau",
    decision_number: "1234/QĐ-UBND",
    decision_date: day(-400),
    valid_until: day(600),
    document: { url: "http://127.0.0.1:9/static/ocop/qd-1234.pdf", mime_type: "application/pdf", size: 250_000 },
    products: [{ id: "prod_1", title: "Mật ong rừng tràm", handle: "mat-ong" }],
    seller: { id: "sel_1", name: "HTX Ong Mật", handle: "htx-ong-mat" },
    reason: null,
    replaces_id: null,
    days_left: 600,
    warnings: [],
    created_at: "2025-01-10T03:00:00.000Z",
    reviewed_at: "2025-01-12T03:00:00.000Z",
    events: [],
    ...overrides,
  }
}

// ── The badge ────────────────────────────────────────────────────────────────

describe("the OCOP badge on product cards", () => {
  it("comes from the product's ocop_badge (asked for in the fields), never from its metadata", async () => {
    const products = [
      // The old way: stars in the metadata. No certificate → no badge.
      storeProduct("prod_meta", { metadata: { ocop_stars: 5, ocop_year: 2023 } }),
      storeProduct("prod_cert", { ocop_badge: { stars: 4, group: "thuc-pham", valid_until: day(300) } }),
    ]
    routes = { ...REGION, ...PROVINCES, "GET /store/products": productsById(products) }
    const cards = await listProductsByIds("vi", ["prod_meta", "prod_cert"])
    const fields = calls.find((c) => c.url.pathname === "/store/products")?.url.searchParams.get("fields") ?? ""
    expect(fields).toContain("+ocop_badge.stars,+ocop_badge.group,+ocop_badge.valid_until")
    expect(cards.map((c) => [c.id, c.ocop?.stars ?? null])).toEqual([
      ["prod_meta", null],
      ["prod_cert", 4],
    ])
    const html = (id: string) => {
      const card = cards.find((c) => c.id === id)
      return card ? render(() => createElement(ProductCard, { product: card }), "/", {}) : ""
    }
    expect(html("prod_cert")).toContain("OCOP 4 sao")
    expect(html("prod_cert")).toContain('class="ocop-badge"')
    expect(html("prod_meta")).not.toContain("ocop-badge")
    expect(html("prod_meta")).not.toContain("OCOP 5 sao")
  })

  it("is hidden when its last valid day was yesterday in Vietnam, shown through today", async () => {
    const products = [
      storeProduct("prod_old", { ocop_badge: { stars: 5, group: "do-uong", valid_until: day(-1) } }),
      storeProduct("prod_today", { ocop_badge: { stars: 3, group: "do-uong", valid_until: day(0) } }),
    ]
    routes = { ...REGION, ...PROVINCES, "GET /store/products": productsById(products) }
    expect(daysBetween(day(-1), vietnamToday())).toBe(1)
    const cards = await listProductsByIds("vi", ["prod_old", "prod_today"])
    expect(cards.find((c) => c.id === "prod_old")?.ocop).toBeNull()
    expect(cards.find((c) => c.id === "prod_today")?.ocop).toEqual({
      stars: 3,
      group: "do-uong",
      validUntil: vietnamToday(),
    })
  })
})

// ── The product page ─────────────────────────────────────────────────────────

describe("the product page's certificate panel", () => {
  /** Resolves once `name` has been asked for; fails when it never is (the calls were made one after another). */
  function barrier() {
    const seen = new Map<string, () => void>()
    const waits = new Map<string, Promise<void>>()
    for (const name of ["product", "certificate"]) {
      waits.set(name, new Promise<void>((resolve) => seen.set(name, resolve)))
    }
    return {
      arrive: (name: string) => seen.get(name)?.(),
      waitFor: (name: string) =>
        Promise.race([
          waits.get(name),
          new Promise<void>((_, reject) =>
            setTimeout(() => reject(new Error(`${name} was not asked for in parallel`)), 1000)
          ),
        ]),
    }
  }

  it("asks for the certificate at the same time as the product, and shows it with the register link", async () => {
    const gate = barrier()
    routes = {
      ...REGION,
      ...PROVINCES,
      "GET /store/sellers/by-product/mat-ong": () => json({ type: "not_found", message: "Not found" }, 404),
      // Each answer waits until the other request has been made.
      "GET /store/products": async () => {
        gate.arrive("product")
        await gate.waitFor("certificate")
        return json({
          products: [
            storeProduct("prod_1", {
              handle: "mat-ong",
              title: "Mật ong rừng tràm",
              ocop_badge: { stars: 4, group: "thuc-pham", valid_until: day(600) },
            }),
          ],
          count: 1,
        })
      },
      "GET /store/ocop/certificates/by-product/mat-ong": async () => {
        gate.arrive("certificate")
        await gate.waitFor("product")
        return json({ certificate: certificate(), register_url: NATIONAL_REGISTER_URL })
      },
    }
    const loaded = await productLoader(routeArgs(new Request(`${ORIGIN}/san-pham/mat-ong`), { handle: "mat-ong" }))
    expect(loaded.certificate).toMatchObject({
      stars: 4,
      group: "thuc-pham",
      authorityName: "UBND tỉnh Cà Mau",
      decisionNumber: "1234/QĐ-UBND",
      document: { url: "http://127.0.0.1:9/static/ocop/qd-1234.pdf", kind: "pdf" },
    })
    expect(loaded.certificate?.registerUrl.replace(/\/$/, "")).toBe(NATIONAL_REGISTER_URL)
    const html = render(ProductPage, "/san-pham/mat-ong", loaded)
    expect(html).toContain("Chứng nhận OCOP")
    expect(html).toContain("Thực phẩm")
    expect(html).toContain("UBND tỉnh Cà Mau")
    expect(html).toContain("Số 1234/QĐ-UBND")
    expect(html).toContain('href="http://127.0.0.1:9/static/ocop/qd-1234.pdf"')
    expect(html).toMatch(
      new RegExp(`href="${NATIONAL_REGISTER_URL.replace(/[.]/g, "\\.")}/?"[^>]*>Tra cứu trên Cổng OCOP quốc gia<`)
    )
    // The metadata rows are gone.
    expect(html).not.toContain("Năm chứng nhận OCOP")
  })

  it("shows no panel without a certificate (or when the call fails)", async () => {
    routes = {
      ...REGION,
      ...PROVINCES,
      "GET /store/products": () => json({ products: [storeProduct("prod_1", { handle: "mat-ong" })], count: 1 }),
      "GET /store/sellers/by-product/mat-ong": () => json({ message: "Not found" }, 404),
      "GET /store/ocop/certificates/by-product/mat-ong": () => json({ certificate: null }),
    }
    const args = () => routeArgs(new Request(`${ORIGIN}/san-pham/mat-ong`), { handle: "mat-ong" })
    const none = await productLoader(args())
    expect(none.certificate).toBeNull()
    expect(render(ProductPage, "/san-pham/mat-ong", none)).not.toContain("Tra cứu trên Cổng OCOP quốc gia")
    routes["GET /store/ocop/certificates/by-product/mat-ong"] = () => json({ message: "boom" }, 500)
    expect((await productLoader(args())).certificate).toBeNull()
  })
})

// ── The OCOP page ────────────────────────────────────────────────────────────

describe("the OCOP page", () => {
  const all = [
    storeProduct("p5", { title: "Sâm Ngọc Linh", ocop_badge: { stars: 5, group: "duoc-lieu", valid_until: day(90) } }),
    storeProduct("p4", {
      title: "Mật ong rừng tràm",
      ocop_badge: { stars: 4, group: "thuc-pham", valid_until: day(90) },
    }),
    storeProduct("p3", { title: "Khô cá lóc", ocop_badge: { stars: 3, group: "thuc-pham", valid_until: day(90) } }),
  ]
  function ocopProducts(): Handler {
    return ({ url }) => {
      const stars = Number(url.searchParams.get("stars"))
      const group = url.searchParams.get("group")
      const products = all
        .filter((p) => (p.ocop_badge as { stars: number }).stars === stars)
        .filter((p) => !group || (p.ocop_badge as { group: string }).group === group)
        .map((p) => ({ id: p.id, handle: p.handle, badge: p.ocop_badge }))
      return json({ products, count: products.length })
    }
  }

  it("lists the products by stars, 5 then 4 then 3", async () => {
    routes = {
      ...REGION,
      ...PROVINCES,
      "GET /store/ocop/products": ocopProducts(),
      "GET /store/products": productsById(all),
    }
    const loaded = await ocopPageLoader(routeArgs(new Request(`${ORIGIN}/ocop`), {}))
    expect(loaded.sections.map((s) => [s.stars, s.products.map((p) => p.id)])).toEqual([
      [5, ["p5"]],
      [4, ["p4"]],
      [3, ["p3"]],
    ])
    const asked = calls
      .filter((c) => c.url.pathname === "/store/ocop/products")
      .map((c) => c.url.searchParams.get("stars"))
    expect(asked.sort()).toEqual(["3", "4", "5"])
    const html = render(OcopPage, "/ocop", loaded)
    const order = [
      "OCOP 5 sao</h2>",
      "Sâm Ngọc Linh",
      "OCOP 4 sao</h2>",
      "Mật ong rừng tràm",
      "OCOP 3 sao</h2>",
      "Khô cá lóc",
    ]
    const positions = order.map((text) => html.indexOf(text))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // The filters are links (no JavaScript needed).
    expect(html).toContain('href="/ocop?stars=4"')
    expect(html).toContain('href="/ocop?group=thuc-pham"')
  })

  it("filters by stars and group through the query, and cleans up an unknown filter", async () => {
    routes = {
      ...REGION,
      ...PROVINCES,
      "GET /store/ocop/products": ocopProducts(),
      "GET /store/products": productsById(all),
    }
    const loaded = await ocopPageLoader(routeArgs(new Request(`${ORIGIN}/ocop?stars=3&group=thuc-pham`), {}))
    expect(loaded.sections.map((s) => [s.stars, s.products.map((p) => p.title)])).toEqual([[3, ["Khô cá lóc"]]])
    const asked = calls.find((c) => c.url.pathname === "/store/ocop/products")?.url.searchParams
    expect([asked?.get("stars"), asked?.get("group")]).toEqual(["3", "thuc-pham"])
    const html = render(OcopPage, "/ocop?stars=3&group=thuc-pham", loaded)
    expect(html).toContain("1 sản phẩm OCOP nhóm Thực phẩm")
    expect(html).not.toContain("Sâm Ngọc Linh")

    const thrown = await ocopPageLoader(routeArgs(new Request(`${ORIGIN}/ocop?stars=2&group=thuc-pham`), {})).catch(
      (e: unknown) => e
    )
    expect((thrown as Response).headers.get("Location")).toBe("/ocop?group=thuc-pham")
  })
})

// ── The seller channel ───────────────────────────────────────────────────────

describe("the seller's certificates", () => {
  it("shows a rejected certificate's reason with 'Gửi lại', and warns before an approved one ends", async () => {
    routes = {
      "GET /vendor/ocop/certificates": () =>
        json({
          certificates: [
            certificate({
              id: "ocert_2",
              status: "rejected",
              reason: "Ảnh quyết định bị mờ, không đọc được số quyết định.",
              days_left: null,
              events: [
                {
                  id: "ev_1",
                  action: "rejected",
                  from_status: "submitted",
                  to_status: "rejected",
                  actor_type: "user",
                  actor_id: "user_1",
                  reason: "Ảnh quyết định bị mờ, không đọc được số quyết định.",
                  created_at: "2025-03-02T03:00:00.000Z",
                },
              ],
            }),
            certificate({ id: "ocert_1", valid_until: day(25), days_left: 25 }),
          ],
        }),
    }
    const loaded = await sellerOcopLoader(routeArgs(await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/ocop`), {}))
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${MEMBER_TOKEN}`)
    const html = render(SellerOcop, "/kenh-nguoi-ban/ocop", loaded)
    expect(html).toContain("Bị từ chối")
    expect(html).toContain("Ảnh quyết định bị mờ, không đọc được số quyết định.")
    expect(html).toMatch(/href="\/kenh-nguoi-ban\/ocop\/moi\?gui_lai=ocert_2"[^>]*>Gửi lại</)
    expect(html).toContain("Đã duyệt")
    const [y, m, d] = day(25).split("-")
    expect(html).toContain(
      `Chứng nhận OCOP của Mật ong rừng tràm hết hạn ngày ${d}/${m}/${y} — hãy gửi chứng nhận mới.`
    )
    expect(html).toContain('href="/kenh-nguoi-ban/ocop/moi?gia_han=ocert_1"')
  })

  it("pre-fills 'Gửi lại' from the rejected certificate", async () => {
    const rejected = certificate({ id: "ocert_2", status: "rejected", reason: "Ảnh mờ." })
    routes = {
      "GET /vendor/products": () =>
        json({
          products: [
            {
              id: "prod_1",
              handle: "mat-ong",
              status: "published",
              thumbnail: null,
              title: { vi: "Mật ong rừng tràm" },
              variants: [],
              photos: [],
            },
            {
              id: "prod_2",
              handle: "sap-ong",
              status: "draft",
              thumbnail: null,
              title: { vi: "Sáp ong" },
              variants: [],
              photos: [],
            },
          ],
          count: 2,
        }),
      "GET /vendor/ocop/certificates/ocert_2": () => json({ certificate: rejected }),
    }
    const loaded = await ocopNewLoader(
      routeArgs(await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/ocop/moi?gui_lai=ocert_2`), {})
    )
    expect(loaded.mode).toBe("resubmit")
    expect(loaded.values).toMatchObject({
      product_ids: ["prod_1"],
      stars: "4",
      score: "78",
      decision_number: "1234/QĐ-UBND",
      replaces_id: "",
    })
    const html = render(SellerOcopNew, "/kenh-nguoi-ban/ocop/moi?gui_lai=ocert_2", loaded)
    expect(html).toContain("Ảnh mờ.")
    expect(html).toMatch(/<input[^>]*type="file"[^>]*accept="application\/pdf,image\/\*"/)
    expect(html).not.toContain("capture")
  })
})

describe("submitting a certificate", () => {
  function submission(fields: Record<string, string | string[]>, file?: File): FormData {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v)
    }
    if (file) form.append("file", file)
    return form
  }
  const scan = () => new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], "qd-1234.pdf", { type: "application/pdf" })
  const valid = {
    product_ids: ["prod_1", "prod_2"],
    stars: "4",
    score: "78",
    group: "thuc-pham",
    authority_level: "provincial",
    authority_name: "UBND tỉnh Cà Mau",
    decision_number: "1234/QĐ-UBND",
    decision_date: day(-30),
  }
  async function post(form: FormData) {
    const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/ocop/moi`, { method: "POST", body: form })
    return ocopNewAction(routeArgs(request, {}))
  }
  const BAND = "95 điểm là hạng 5 sao, không phải 4 sao: 5★ 90–100, 4★ 70–<90, 3★ 50–<70 (score band)."

  it("refuses 4★ with 95 points before sending anything, in Vietnamese", async () => {
    const { value, status } = unwrapData(await post(submission({ ...valid, score: "95" }, scan())))
    expect(status).toBe(400)
    expect((value as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({ score: BAND })
    expect(calls).toEqual([])
    // The browser runs the same check before uploading.
    expect(
      checkOcopForm(
        { ...EMPTY_OCOP_FORM, ...valid, score: "95" },
        { size: 4, type: "application/pdf" },
        vietnamToday(),
        translator("vi")
      )
    ).toEqual({ score: BAND })
  })

  it("posts multipart to the backend and puts its problems next to the fields", async () => {
    routes = {
      "POST /vendor/ocop/certificates": () =>
        json(
          {
            type: "invalid_data",
            message: "Chứng nhận không hợp lệ",
            problems: [
              {
                field: "decision_number",
                code: "ocop_duplicate",
                message: "Số quyết định này đã được gửi cho sản phẩm khác.",
              },
              {
                field: "product_ids",
                code: "ocop_submitted",
                message: "Mật ong rừng tràm đã có một chứng nhận chờ duyệt.",
              },
            ],
          },
          400
        ),
    }
    const { value, status } = unwrapData(await post(submission(valid, scan())))
    expect(status).toBe(400)
    expect((value as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({
      decision_number: "Số quyết định này đã được gửi cho sản phẩm khác.",
      product_ids: "Mật ong rừng tràm đã có một chứng nhận chờ duyệt.",
    })
    const sent = calls[0]
    expect(sent?.headers.get("authorization")).toBe(`Bearer ${MEMBER_TOKEN}`)
    expect(sent?.body).toBeInstanceOf(FormData)
    const body = sent?.body as FormData
    expect(body.getAll("product_ids")).toEqual(["prod_1", "prod_2"])
    expect([body.get("stars"), body.get("score"), body.get("group"), body.get("authority_level")]).toEqual([
      "4",
      "78",
      "thuc-pham",
      "provincial",
    ])
    expect((body.get("file") as File).name).toBe("qd-1234.pdf")

    routes["POST /vendor/ocop/certificates"] = () => json({ certificate: certificate({ status: "submitted" }) }, 201)
    const done = (await post(submission(valid, scan()))) as Response
    expect([done.status, done.headers.get("Location")]).toEqual([303, "/kenh-nguoi-ban/ocop?notice=sent"])
  })
})
