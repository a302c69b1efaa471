import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { langCookie, sellerCookie } from "~/lib/cookies.server"
import { loader as productPageLoader } from "~/routes/product"
import { action as documentsAction } from "~/routes/seller/documents"
import { action as forgotAction } from "~/routes/seller/forgot-password"
import { action as homeAction } from "~/routes/seller/home"
import { action as membersAction } from "~/routes/seller/members"
import { action as productAction } from "~/routes/seller/product"
import { action as registerAction } from "~/routes/seller/register"
import { action as signInAction } from "~/routes/seller/sign-in"
import { action as signOutAction } from "~/routes/seller/sign-out"
import { loader as shopLoader } from "~/routes/shop"
import { fakeToken, postForm, routeArgs, unwrapData } from "./helpers"

const ORIGIN = "http://localhost:5173"
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600
const REGISTRATION_TOKEN = fakeToken({ actor_id: "", auth_identity_id: "authid_1", exp: inAnHour() })
const MEMBER_TOKEN = fakeToken({ actor_id: "selmem_1", auth_identity_id: "authid_1", exp: inAnHour() })

type Handler = (request: { method: string; path: string; headers: Headers; body: unknown }) => Response
interface Call {
  method: string
  path: string
  headers: Headers
  body: unknown
}

let fetchSpy: MockInstance<typeof fetch>
let calls: Call[]
let routes: Record<string, Handler>

/** A fake backend: "METHOD /path" → handler; anything else fails the test loudly. */
function backend(table: Record<string, Handler>) {
  routes = table
}

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
    const call = { method, path: url.pathname, headers, body }
    calls.push(call)
    const handler = routes[`${method} ${url.pathname}`]
    if (!handler) {
      return Response.json({ message: `no fake for ${method} ${url.pathname}` }, { status: 599 })
    }
    return handler(call)
  })
})

afterEach(() => {
  fetchSpy.mockRestore()
})

const json =
  (body: unknown, status = 200) =>
  () =>
    Response.json(body, { status })

const UNITS = {
  "GET /store/vn/provinces": json({
    provinces: [{ code: "96", name: "Cà Mau", full_name: "Tỉnh Cà Mau", type: "tinh", ward_count: 64 }],
  }),
  "GET /store/vn/provinces/96/wards": json({
    wards: [{ code: "32002", name: "Khánh An", full_name: "Xã Khánh An", type: "xa" }],
  }),
}

const registration = {
  account_email: "Lan@Example.VN",
  password: "mật khẩu dài",
  kind: "household",
  legal_form: "household_business",
  name: "Hộ kinh doanh Mật ong Lan",
  tax_code: "",
  business_registration_number: "61A8001234",
  representative: "Nguyễn Thị Lan",
  id_number: "096 123 456 789",
  phone: "0912 345 678",
  email: "",
  province_code: "96",
  ward_code: "32002",
  address_line: "Ấp 3",
  bank_bin: "970405",
  bank_account_number: "7800 2050 12345",
  bank_account_name: "NGUYEN THI LAN",
  story_vi: "",
  story_en: "",
}

async function sellerRequest(url: string, init: RequestInit = {}): Promise<Request> {
  const cookie = (await sellerCookie.serialize(MEMBER_TOKEN)).split(";")[0] ?? ""
  const headers = new Headers(init.headers)
  headers.set("Cookie", cookie)
  return new Request(url, { ...init, headers })
}

function paths(): string[] {
  return calls.map((c) => `${c.method} ${c.path}`)
}

describe("registration", () => {
  it("registers the identity, the seller with that token, then signs in with the refreshed token", async () => {
    backend({
      ...UNITS,
      "POST /auth/seller/emailpass/register": json({ token: REGISTRATION_TOKEN }),
      "POST /vendor/sellers": json({ seller: { id: "sel_1" }, member: { id: "selmem_1" } }, 201),
      "POST /auth/token/refresh": json({ token: MEMBER_TOKEN }),
    })
    const response = await registerAction(routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-ky`, registration), {}))
    expect(response).toBeInstanceOf(Response)
    const redirect = response as Response
    expect(redirect.status).toBe(303)
    expect(redirect.headers.get("Location")).toBe("/kenh-nguoi-ban?notice=welcome")
    expect(await sellerCookie.parse(redirect.headers.get("Set-Cookie"))).toBe(MEMBER_TOKEN)

    const auth = calls.find((c) => c.path === "/auth/seller/emailpass/register")
    expect(auth?.body).toEqual({ email: "lan@example.vn", password: "mật khẩu dài" })
    const seller = calls.find((c) => c.path === "/vendor/sellers")
    expect(seller?.headers.get("authorization")).toBe(`Bearer ${REGISTRATION_TOKEN}`)
    expect(seller?.body).toEqual({
      member_name: "Nguyễn Thị Lan",
      seller: {
        name: "Hộ kinh doanh Mật ong Lan",
        kind: "household",
        legal_form: "household_business",
        business_registration_number: "61A8001234",
        representative: "Nguyễn Thị Lan",
        id_number: "096123456789",
        phone: "0912345678",
        email: "lan@example.vn",
        province_code: "96",
        ward_code: "32002",
        address_line: "Ấp 3",
        bank_bin: "970405",
        bank_account_number: "7800205012345",
        bank_account_name: "NGUYEN THI LAN",
      },
    })
    expect(calls.find((c) => c.path === "/auth/token/refresh")?.headers.get("authorization")).toBe(
      `Bearer ${REGISTRATION_TOKEN}`
    )
  })

  it("checks the form before any account is made, and keeps what was typed but the password", async () => {
    backend(UNITS)
    const result = await registerAction(
      routeArgs(
        postForm(`${ORIGIN}/kenh-nguoi-ban/dang-ky`, {
          ...registration,
          business_registration_number: "",
          password: "short",
        }),
        {}
      )
    )
    const { value, status } = unwrapData(result)
    expect(status).toBe(400)
    expect(value).toMatchObject({
      fieldErrors: {
        password: "Mật khẩu cần ít nhất 8 ký tự.",
        tax_code: "Vui lòng nhập mã số thuế hoặc số đăng ký kinh doanh (chỉ cá nhân mới được để trống).",
      },
      values: { name: "Hộ kinh doanh Mật ong Lan", id_number: "096 123 456 789" },
      wards: [{ code: "32002", fullName: "Xã Khánh An" }],
    })
    expect(JSON.stringify(value)).not.toContain("short")
    expect(paths().some((p) => p.includes("/auth/") || p.includes("/vendor/"))).toBe(false)
  })

  it("goes on with an existing identity whose password matches and has no seller yet", async () => {
    backend({
      ...UNITS,
      "POST /auth/seller/emailpass/register": json(
        { type: "unauthorized", message: "Identity with email already exists" },
        401
      ),
      "POST /auth/seller/emailpass": json({ token: REGISTRATION_TOKEN }),
      "POST /vendor/sellers": json({ seller: { id: "sel_1" }, member: { id: "selmem_1" } }, 201),
      "POST /auth/token/refresh": json({ token: MEMBER_TOKEN }),
    })
    const response = (await registerAction(
      routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-ky`, registration), {})
    )) as Response
    expect(response.headers.get("Location")).toBe("/kenh-nguoi-ban?notice=welcome")
    expect(paths()).toContain("POST /auth/seller/emailpass")
  })

  it("says the e-mail is taken (another password) or already a seller (same password)", async () => {
    backend({
      ...UNITS,
      "POST /auth/seller/emailpass/register": json({ message: "Identity with email already exists" }, 401),
      "POST /auth/seller/emailpass": json({ message: "Invalid email or password" }, 401),
    })
    const taken = unwrapData(
      await registerAction(routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-ky`, registration), {}))
    )
    expect(taken.status).toBe(400)
    expect((taken.value as { fieldErrors: Record<string, string> }).fieldErrors.account_email).toMatch(
      /^E-mail này đã được dùng cho một tài khoản khác/
    )

    routes["POST /auth/seller/emailpass"] = json({ token: MEMBER_TOKEN })
    const seller = unwrapData(
      await registerAction(routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-ky`, registration), {}))
    )
    expect((seller.value as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({
      account_email: "E-mail này đã có tài khoản người bán. Hãy đăng nhập.",
    })
    expect(paths()).not.toContain("POST /vendor/sellers")
  })

  it("puts the backend's refusals next to their fields, in the shopper's language for known codes", async () => {
    backend({
      ...UNITS,
      "POST /auth/seller/emailpass/register": json({ token: REGISTRATION_TOKEN }),
      "POST /vendor/sellers": json(
        {
          type: "invalid_data",
          message: "Dữ liệu không hợp lệ",
          issues: [
            { field: "business_registration_number", message: "Số đăng ký kinh doanh đã được dùng." },
            { field: "logo_url", message: "Logo không đọc được." },
          ],
        },
        400
      ),
    })
    const refused = unwrapData(
      await registerAction(routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-ky`, registration), {}))
    )
    expect(refused.status).toBe(400)
    expect(refused.value).toMatchObject({
      fieldErrors: { business_registration_number: "Số đăng ký kinh doanh đã được dùng." },
      messages: ["Logo không đọc được."],
    })

    routes["POST /vendor/sellers"] = json(
      { type: "invalid_data", code: "seller_handle_taken", message: "Handle taken" },
      400
    )
    const cookie = (await langCookie.serialize("en")).split(";")[0] ?? ""
    const english = unwrapData(
      await registerAction(
        routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-ky`, registration, { Cookie: cookie }), {})
      )
    )
    expect((english.value as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({
      name: "Another seller uses a name very like this one. Please write the full registered name, or contact Chợ Số.",
    })
  })
})

describe("sign-in and sign-out", () => {
  it("refuses a wrong password with one message and keeps the e-mail", async () => {
    backend({ "POST /auth/seller/emailpass": json({ message: "Invalid email or password" }, 401) })
    const { value, status } = unwrapData(
      await signInAction(
        routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-nhap`, { email: "Lan@example.vn", password: "x" }), {})
      )
    )
    expect(status).toBe(400)
    expect(value).toEqual({ email: "lan@example.vn", message: "seller.signin.error.wrong" })
  })

  it("signs in to the page asked for, never outside the channel", async () => {
    backend({ "POST /auth/seller/emailpass": json({ token: MEMBER_TOKEN }) })
    const fields = { email: "lan@example.vn", password: "matkhau123" }
    const back = (await signInAction(
      routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-nhap`, { ...fields, next: "/kenh-nguoi-ban/nhan-vien" }), {})
    )) as Response
    expect(back.headers.get("Location")).toBe("/kenh-nguoi-ban/nhan-vien")
    expect(await sellerCookie.parse(back.headers.get("Set-Cookie"))).toBe(MEMBER_TOKEN)
    const away = (await signInAction(
      routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/dang-nhap`, { ...fields, next: "https://evil.example/" }), {})
    )) as Response
    expect(away.headers.get("Location")).toBe("/kenh-nguoi-ban")
  })

  it("does not sign in an identity that has no seller", async () => {
    backend({ "POST /auth/seller/emailpass": json({ token: REGISTRATION_TOKEN }) })
    const { value } = unwrapData(
      await signInAction(
        routeArgs(
          postForm(`${ORIGIN}/kenh-nguoi-ban/dang-nhap`, { email: "lan@example.vn", password: "matkhau123" }),
          {}
        )
      )
    )
    expect(value).toEqual({ email: "lan@example.vn", message: "seller.signin.error.not_seller" })
  })

  it("signs out by dropping the cookie", async () => {
    const response = await signOutAction()
    expect(response.headers.get("Location")).toBe("/kenh-nguoi-ban/dang-nhap?reason=signed_out")
    expect(response.headers.get("Set-Cookie")).toMatch(/^choso_seller=; Max-Age=0/)
  })

  it("never says whether an e-mail has an account, but says when asking failed", async () => {
    backend({ "POST /auth/seller/emailpass/reset-password": () => new Response("Created", { status: 201 }) })
    const sent = await forgotAction(
      routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/quen-mat-khau`, { email: "ai@example.vn" }), {})
    )
    expect(unwrapData(sent).value).toEqual({ email: "ai@example.vn", sent: true })
    expect(calls[0]?.body).toEqual({ identifier: "ai@example.vn" })
    routes["POST /auth/seller/emailpass/reset-password"] = json({ message: "boom" }, 500)
    const failed = unwrapData(
      await forgotAction(routeArgs(postForm(`${ORIGIN}/kenh-nguoi-ban/quen-mat-khau`, { email: "ai@example.vn" }), {}))
    )
    expect(failed).toEqual({ status: 503, value: { email: "ai@example.vn", message: "seller.forgot.error" } })
  })
})

function productForm(fields: Record<string, string>, files: File[] = []): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const file of files) form.append("file", file)
  return form
}

const honey = {
  "title.vi": "Mật ong rừng tràm",
  "variants.0.row": "new-1",
  "variants.0.title.vi": "Hũ 500 g",
  "variants.0.price": "120.000",
  "variants.0.stock": "4",
}

async function postProduct(id: string, form: FormData) {
  const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/san-pham/${id}`, { method: "POST", body: form })
  return productAction(routeArgs(request, { id }))
}

describe("product form", () => {
  it("adds and removes variant rows without calling the backend", async () => {
    const added = unwrapData(await postProduct("moi", productForm({ ...honey, intent: "add_variant" })))
    const draft = added.value as { draft: { variants: { row: string; price: string }[] }; focusRow: string }
    expect(draft.draft.variants.map((v) => v.row)).toEqual(["new-1", "new-2"])
    expect(draft.draft.variants[0]?.price).toBe("120.000")
    expect(draft.focusRow).toBe("new-2")
    const removed = unwrapData(await postProduct("moi", productForm({ ...honey, intent: "remove_variant:0" })))
    expect((removed.value as { draft: { variants: unknown[] } }).draft.variants).toHaveLength(1)
    expect(calls).toEqual([])
  })

  it("refuses a bad price before saving", async () => {
    const { value, status } = unwrapData(
      await postProduct("moi", productForm({ ...honey, "variants.0.price": "120,5", intent: "save" }))
    )
    expect(status).toBe(400)
    expect((value as { fieldErrors: Record<string, string> }).fieldErrors).toEqual({
      "variants.0.price": "Giá là số đồng, ví dụ 120.000 (không có số lẻ, tối đa 1 tỷ).",
    })
    expect(calls).toEqual([])
  })

  it("uploads a chosen photo as multipart `file` and saves đồng as integers", async () => {
    backend({
      "POST /vendor/photos": json(
        {
          photo: {
            url: "http://127.0.0.1:9/static/a-1200.webp",
            sizes: { "320": "http://127.0.0.1:9/static/a-320.webp" },
          },
        },
        201
      ),
      "POST /vendor/products": json({ product: { id: "prod_9" } }, 201),
    })
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff])], "mat-ong.jpg", { type: "image/jpeg" })
    const response = (await postProduct("moi", productForm({ ...honey, intent: "save" }, [photo]))) as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe("/kenh-nguoi-ban/san-pham/prod_9?notice=created")
    const upload = calls[0]
    expect(upload?.path).toBe("/vendor/photos")
    expect(upload?.headers.get("authorization")).toBe(`Bearer ${MEMBER_TOKEN}`)
    expect(upload?.body).toBeInstanceOf(FormData)
    const sent = (upload?.body as FormData | undefined)?.get("file")
    expect(sent).toBeInstanceOf(File)
    expect((sent as File).name).toBe("mat-ong.jpg")
    expect(calls[1]?.body).toEqual({
      title: { vi: "Mật ong rừng tràm" },
      variants: [{ title: { vi: "Hũ 500 g" }, price: 120_000, stock: 4 }],
      photos: [
        { url: "http://127.0.0.1:9/static/a-1200.webp", sizes: { "320": "http://127.0.0.1:9/static/a-320.webp" } },
      ],
    })
  })

  it("shows the backend's refusal of a photo and saves nothing", async () => {
    backend({
      "POST /vendor/photos": json(
        { type: "invalid_data", code: "seller_photo_refused", message: "Ảnh quá nhỏ: cần ít nhất 640 × 640 điểm ảnh." },
        400
      ),
    })
    const photo = new File([new Uint8Array([1, 2, 3])], "nho.png", { type: "image/png" })
    const { value, status } = unwrapData(await postProduct("moi", productForm({ ...honey, intent: "save" }, [photo])))
    expect(status).toBe(400)
    expect(value).toMatchObject({ photoError: "Ảnh quá nhỏ: cần ít nhất 640 × 640 điểm ảnh.", photoAdded: false })
    expect(paths()).toEqual(["POST /vendor/photos"])
  })

  it("sends a signed-out person to sign in before reading the upload", async () => {
    const request = new Request(`${ORIGIN}/kenh-nguoi-ban/san-pham/moi`, { method: "POST", body: productForm(honey) })
    const thrown = await productAction(routeArgs(request, { id: "moi" })).catch((e: unknown) => e)
    expect((thrown as Response).status).toBe(303)
    expect((thrown as Response).headers.get("Location")).toBe("/kenh-nguoi-ban/dang-nhap?reason=required")
    expect(calls).toEqual([])
  })
})

describe("dashboard", () => {
  it("explains that a seller waiting for approval cannot publish yet", async () => {
    backend({
      "POST /vendor/products/prod_1/publish": json(
        { type: "not_allowed", code: "seller_not_approved", message: "Seller not approved" },
        400
      ),
    })
    const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban`, {
      method: "POST",
      body: new URLSearchParams({ intent: "publish", product_id: "prod_1", published: "true" }),
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    })
    const { value, status } = unwrapData(await homeAction(routeArgs(request, {})))
    expect(status).toBe(400)
    expect(value).toEqual({
      productId: "prod_1",
      message:
        "Cửa hàng chưa được duyệt nên chưa thể đăng bán. Sản phẩm vẫn được lưu dưới dạng bản nháp và có thể đăng bán ngay khi hồ sơ được duyệt.",
    })
    expect(calls[0]?.body).toEqual({ published: true })
  })
})

describe("the seller's public page", () => {
  it("is a 404 for a seller the backend does not show", async () => {
    backend({ "GET /store/sellers/khong-co": json({ type: "not_found", message: "Not found" }, 404) })
    const thrown = await shopLoader(
      routeArgs(new Request(`${ORIGIN}/cua-hang/khong-co`), { handle: "khong-co" })
    ).catch((e: unknown) => e)
    expect(thrown).toMatchObject({ init: { status: 404 } })
  })

  it("shows the seller's story, products and legal facts with the unit names", async () => {
    backend({
      ...UNITS,
      "GET /store/regions": json({ regions: [{ id: "reg_vn", currency_code: "vnd" }] }),
      "GET /store/sellers/htx-ong-mat": json({
        seller: {
          handle: "htx-ong-mat",
          name: "HTX Ong Mật Tràm Xanh",
          kind: "cooperative",
          legal_form: "organisation",
          tax_code: "2001234567",
          business_registration_number: null,
          representative: "Nguyễn Thị Lan",
          phone: "0912345678",
          email: "htx@example.vn",
          province_code: "96",
          ward_code: "32002",
          address_line: "Ấp 3",
          story_vi: "Nuôi ong trong rừng tràm.",
          story_en: "We keep bees in the melaleuca forest.",
        },
        product_ids: ["prod_2", "prod_1"],
      }),
      "GET /store/products": json({
        products: [
          { id: "prod_1", handle: "mat-ong", title: "Mật ong", metadata: {}, variants: [] },
          { id: "prod_2", handle: "sap-ong", title: "Sáp ong", metadata: {}, variants: [] },
        ],
        count: 2,
      }),
    })
    const cookie = (await langCookie.serialize("en")).split(";")[0] ?? ""
    const loaded = await shopLoader(
      routeArgs(new Request(`${ORIGIN}/cua-hang/htx-ong-mat`, { headers: { Cookie: cookie } }), {
        handle: "htx-ong-mat",
      })
    )
    expect(loaded.seller).toMatchObject({
      name: "HTX Ong Mật Tràm Xanh",
      address: "Ấp 3, Xã Khánh An, Tỉnh Cà Mau",
      story: "We keep bees in the melaleuca forest.",
      taxCode: "2001234567",
    })
    // The seller's order, not the store's.
    expect(loaded.products.map((p) => p.id)).toEqual(["prod_2", "prod_1"])
    const list = calls.find((c) => c.path === "/store/products")
    expect(list).toBeDefined()
  })
})

describe("the product page's seller block", () => {
  const product = {
    id: "prod_1",
    handle: "mat-ong",
    title: "Mật ong",
    metadata: {},
    variants: [],
    images: [],
    categories: [],
  }

  it("shows the seller the backend names, and nothing for a product without one", async () => {
    backend({
      ...UNITS,
      "GET /store/regions": json({ regions: [{ id: "reg_vn", currency_code: "vnd" }] }),
      "GET /store/products": json({ products: [product], count: 1 }),
      "GET /store/sellers/by-product/mat-ong": json({
        seller: {
          handle: "htx-ong-mat",
          name: "HTX Ong Mật",
          kind: "cooperative",
          legal_form: "organisation",
          tax_code: null,
          business_registration_number: "61A8001234",
          representative: "Nguyễn Thị Lan",
          phone: "0912345678",
          email: "htx@example.vn",
          province_code: "96",
          ward_code: "32002",
          province_name: "Tỉnh Cà Mau",
          ward_name: "Xã Khánh An",
          address_line: "Ấp 3",
        },
      }),
      "GET /store/ocop/certificates/by-product/mat-ong": json({ certificate: null }),
    })
    const args = () => routeArgs(new Request(`${ORIGIN}/san-pham/mat-ong`), { handle: "mat-ong" })
    const withSeller = await productPageLoader(args())
    expect(withSeller.seller).toMatchObject({
      handle: "htx-ong-mat",
      businessRegistration: "61A8001234",
      address: "Ấp 3, Xã Khánh An, Tỉnh Cà Mau",
    })
    routes["GET /store/sellers/by-product/mat-ong"] = json({ type: "not_found", message: "Not found" }, 404)
    expect((await productPageLoader(args())).seller).toBeNull()
  })
})

describe("identity documents", () => {
  async function postDocument(form: FormData) {
    const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/giay-to`, { method: "POST", body: form })
    return documentsAction(routeArgs(request, {}))
  }

  it("sends the photo as multipart `file` with its kind, then shows the list again", async () => {
    backend({
      "POST /vendor/documents": json({ document: { id: "seldoc_1", kind: "id_front", mime_type: "image/webp" } }, 201),
    })
    const form = new FormData()
    form.append("kind", "id_front")
    form.append("file", new File([new Uint8Array([0xff, 0xd8, 0xff])], "cccd.jpg", { type: "image/jpeg" }))
    const response = (await postDocument(form)) as Response
    expect([response.status, response.headers.get("Location")]).toEqual([303, "/kenh-nguoi-ban/giay-to?sent=1"])
    const sent = calls[0]?.body as FormData
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${MEMBER_TOKEN}`)
    expect([sent.get("kind"), (sent.get("file") as File).name]).toEqual(["id_front", "cccd.jpg"])
  })

  it("asks for a file before calling the backend, and shows the backend's refusal of one", async () => {
    const empty = new FormData()
    empty.append("kind", "id_back")
    const missing = unwrapData(await postDocument(empty))
    expect(missing.status).toBe(400)
    expect((missing.value as { fieldErrors: Record<string, string> }).fieldErrors.file).toBe(
      "Vui lòng chọn ảnh hoặc tệp PDF."
    )
    expect(calls).toEqual([])

    backend({
      "POST /vendor/documents": json(
        { type: "invalid_data", code: "seller_photo_refused", message: "Tệp không phải là ảnh (not an image)." },
        400
      ),
    })
    const form = new FormData()
    form.append("kind", "id_back")
    form.append("file", new File([new Uint8Array([1, 2, 3])], "cccd.txt", { type: "text/plain" }))
    const refused = unwrapData(await postDocument(form))
    expect(refused.status).toBe(400)
    expect((refused.value as { fieldErrors: Record<string, string> }).fieldErrors.file).toBe(
      "Tệp không phải là ảnh (not an image)."
    )
  })
})

describe("deleting a product", () => {
  it("asks once more, then deletes it and says so on the dashboard", async () => {
    backend({
      "GET /vendor/products/prod_7": json({
        product: {
          id: "prod_7",
          handle: "mat-ong",
          status: "draft",
          title: { vi: "Mật ong", en: null },
          description: { vi: null, en: null },
          category_id: null,
          thumbnail: null,
          photos: [],
          variants: [{ id: "variant_1", title: { vi: "Hũ 500 g", en: null }, price: 120000, stock: 4 }],
        },
      }),
      "DELETE /vendor/products/prod_7": json({ id: "prod_7", deleted: true }),
    })
    const ask = new FormData()
    ask.append("intent", "confirm_delete")
    const first = unwrapData(await postProduct("prod_7", ask))
    expect((first.value as { confirmDelete?: boolean }).confirmDelete).toBe(true)
    expect(paths()).toEqual(["GET /vendor/products/prod_7"])

    const confirm = new FormData()
    confirm.append("intent", "delete")
    const response = (await postProduct("prod_7", confirm)) as Response
    expect([response.status, response.headers.get("Location")]).toEqual([303, "/kenh-nguoi-ban?notice=deleted"])
    expect(paths()).toEqual(["GET /vendor/products/prod_7", "DELETE /vendor/products/prod_7"])
  })
})

describe("taking a member off the shop", () => {
  async function remove(fields: Record<string, string>) {
    const form = new FormData()
    for (const [name, value] of Object.entries(fields)) form.set(name, value)
    const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/nhan-vien`, { method: "POST", body: form })
    return membersAction(routeArgs(request, {}))
  }

  it("deletes the member as the owner asked and says so by name", async () => {
    backend({ "DELETE /vendor/members/selmem_2": json({ id: "selmem_2", object: "seller_member", deleted: true }) })
    const response = (await remove({ intent: "remove", member_id: "selmem_2", member_name: "Lê Văn Tư" })) as Response
    expect([response.status, response.headers.get("Location")]).toEqual([
      303,
      `/kenh-nguoi-ban/nhan-vien?removed=${encodeURIComponent("Lê Văn Tư")}`,
    ])
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["DELETE /vendor/members/selmem_2"])
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${MEMBER_TOKEN}`)
  })

  it("shows the backend's refusal under that member, and invites nobody", async () => {
    backend({
      "DELETE /vendor/members/selmem_1": json(
        { message: "Không thể xoá chủ cửa hàng (the owner cannot be removed)." },
        400
      ),
    })
    const { value, status } = unwrapData(await remove({ intent: "remove", member_id: "selmem_1", member_name: "Chủ" }))
    expect(status).toBe(400)
    expect(value).toMatchObject({ removal: { memberId: "selmem_1", message: expect.stringMatching(/chủ cửa hàng/) } })
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["DELETE /vendor/members/selmem_1"])
  })
})
