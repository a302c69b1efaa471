import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { langCookie } from "~/lib/cookies.server"
import routes from "~/routes"
import { action as cartAction } from "~/routes/cart"
import { parsePage } from "~/routes/category"
import { action as checkoutAction } from "~/routes/checkout"
import { loader as healthz } from "~/routes/healthz"
import { action as languageAction, loader as languageLoader } from "~/routes/language"
import { action as productAction } from "~/routes/product"
import { postForm, routeArgs, unwrapData } from "./helpers"

const ORIGIN = "http://localhost:5173"

let fetchSpy: MockInstance<typeof fetch>

beforeEach(() => {
  // Observe (not fake) the network: these paths must answer without the backend.
  fetchSpy = vi.spyOn(globalThis, "fetch")
})

afterEach(() => {
  fetchSpy.mockRestore()
})

const checkoutFields = {
  intent: "address",
  email: "lan@example.com",
  full_name: "Nguyễn Thị Lan",
  phone: "0123",
  province: "96",
  ward: "31825",
  street: "12 Trần Phú",
}

type CheckoutResult = { intent: string; fieldErrors?: Record<string, string>; values?: Record<string, string> }

describe("checkout action", () => {
  it("returns the Vietnamese field error for an invalid phone without calling the backend", async () => {
    const request = postForm(`${ORIGIN}/thanh-toan`, checkoutFields)
    const { value, status } = unwrapData(await checkoutAction(routeArgs(request, {})))
    const result = value as CheckoutResult
    expect(status).toBe(400)
    expect(result.fieldErrors).toEqual({ phone: "Số điện thoại không hợp lệ, ví dụ 0912 345 678." })
    // What the person typed comes back to fill the form again.
    expect(result.values).toMatchObject({ phone: "0123", street: "12 Trần Phú", full_name: "Nguyễn Thị Lan" })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it("answers in English when the lang cookie says so, listing every problem", async () => {
    const cookie = await langCookie.serialize("en")
    const request = postForm(
      `${ORIGIN}/thanh-toan`,
      { ...checkoutFields, phone: "", email: "nope", street: "" },
      { Cookie: cookie.split(";")[0] ?? "" }
    )
    const { value, status } = unwrapData(await checkoutAction(routeArgs(request, {})))
    const result = value as CheckoutResult
    expect(status).toBe(400)
    expect(result.fieldErrors).toEqual({
      email: "This e-mail address is not valid, e.g. name@example.com.",
      phone: "Please enter a phone number.",
      street: "Please enter the house number and street.",
    })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it("refuses an unknown payment provider before touching the cart", async () => {
    const request = postForm(`${ORIGIN}/thanh-toan`, { intent: "place-order", payment_provider: "pp_free_money" })
    const { value, status } = unwrapData(await checkoutAction(routeArgs(request, {})))
    expect(status).toBe(400)
    expect(value).toEqual({ intent: "place-order", message: "checkout.error.choose_payment" })
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe("language switch", () => {
  it("sets the lang cookie and goes back to the page the form names", async () => {
    const request = postForm(`${ORIGIN}/ngon-ngu`, { lang: "en", redirect_to: "/san-pham/mat-ong-u-minh?variant=v1" })
    const response = await languageAction(routeArgs(request, {}))
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe("/san-pham/mat-ong-u-minh?variant=v1")
    const setCookie = response.headers.get("Set-Cookie") ?? ""
    expect(setCookie).toMatch(/^lang=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(await langCookie.parse(setCookie)).toBe("en")
  })

  it("falls back to the referring page, never to another site", async () => {
    const fromReferer = await languageAction(
      routeArgs(postForm(`${ORIGIN}/ngon-ngu`, { lang: "vi" }, { Referer: `${ORIGIN}/gio-hang` }), {})
    )
    expect(fromReferer.headers.get("Location")).toBe("/gio-hang")
    expect(await langCookie.parse(fromReferer.headers.get("Set-Cookie"))).toBe("vi")

    const offsite = await languageAction(
      routeArgs(postForm(`${ORIGIN}/ngon-ngu`, { lang: "en", redirect_to: "//evil.example/x" }), {})
    )
    expect(offsite.headers.get("Location")).toBe("/")

    const foreignReferer = await languageAction(
      routeArgs(postForm(`${ORIGIN}/ngon-ngu`, { lang: "en" }, { Referer: "https://evil.example/x" }), {})
    )
    expect(foreignReferer.headers.get("Location")).toBe("/")
  })

  it("treats an unknown language as Vietnamese and also works as a link", async () => {
    const response = await languageLoader(
      routeArgs(new Request(`${ORIGIN}/ngon-ngu?lang=fr&redirect_to=/danh-muc`), {})
    )
    expect(response.headers.get("Location")).toBe("/danh-muc")
    expect(await langCookie.parse(response.headers.get("Set-Cookie"))).toBe("vi")
  })
})

describe("product and cart actions", () => {
  it("rejects a quantity outside 1–99 with a message, without calling the backend", async () => {
    const request = postForm(`${ORIGIN}/san-pham/mat-ong`, { intent: "add", variant: "variant_1", quantity: "0" })
    const { value, status } = unwrapData(await productAction(routeArgs(request, { handle: "mat-ong" })))
    expect(status).toBe(400)
    expect(value).toEqual({ error: "product.error.quantity", quantity: "0" })
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it("asks for a variant when none is chosen", async () => {
    const request = postForm(`${ORIGIN}/san-pham/mat-ong`, { intent: "add", quantity: "2" })
    const { value } = unwrapData(await productAction(routeArgs(request, { handle: "mat-ong" })))
    expect(value).toEqual({ error: "product.error.choose_variant", quantity: "2" })
  })

  it("explains that there is no cart instead of failing", async () => {
    const request = postForm(`${ORIGIN}/gio-hang`, { intent: "update", line_id: "cali_1", quantity: "2" })
    const { value, status } = unwrapData(await cartAction(routeArgs(request, {})))
    expect(status).toBe(400)
    expect(value).toEqual({ error: "cart.error.not_found", lineId: null })
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe("small routes", () => {
  it("/healthz answers ok", async () => {
    const response = healthz()
    expect(response.status).toBe(200)
    expect(await response.text()).toBe("ok")
  })

  it("parses ?page=", () => {
    expect(parsePage(null)).toBe(1)
    expect(parsePage("2")).toBe(2)
    expect(parsePage("0")).toBeNull()
    expect(parsePage("-1")).toBeNull()
    expect(parsePage("abc")).toBeNull()
  })
})

describe("route list", () => {
  type Entry = { path?: string; file: string; index?: boolean; children?: Entry[] }
  function flatten(entries: Entry[], parent = ""): Record<string, string> {
    const out: Record<string, string> = {}
    for (const entry of entries) {
      const path = entry.path ? `${parent}/${entry.path}` : parent
      if (entry.children) {
        Object.assign(out, flatten(entry.children, path))
      } else {
        out[path || "/"] = entry.file
      }
    }
    return out
  }

  it("has the seller channel under /kenh-nguoi-ban and the sellers' pages under /cua-hang", () => {
    const table = flatten(routes as Entry[])
    expect(table).toMatchObject({
      "/cua-hang/:handle": "routes/shop.tsx",
      "/kenh-nguoi-ban": "routes/seller/home.tsx",
      "/kenh-nguoi-ban/dang-nhap": "routes/seller/sign-in.tsx",
      "/kenh-nguoi-ban/dang-xuat": "routes/seller/sign-out.ts",
      "/kenh-nguoi-ban/dang-ky": "routes/seller/register.tsx",
      "/kenh-nguoi-ban/quen-mat-khau": "routes/seller/forgot-password.tsx",
      "/kenh-nguoi-ban/dat-lai-mat-khau": "routes/seller/reset-password.tsx",
      "/kenh-nguoi-ban/loi-moi": "routes/seller/invite.tsx",
      "/kenh-nguoi-ban/ho-so": "routes/seller/profile.tsx",
      "/kenh-nguoi-ban/nhan-vien": "routes/seller/members.tsx",
      "/kenh-nguoi-ban/san-pham/:id": "routes/seller/product.tsx",
      "/kenh-nguoi-ban/ocop": "routes/seller/ocop.tsx",
      "/kenh-nguoi-ban/ocop/moi": "routes/seller/ocop-new.tsx",
      "/ocop": "routes/ocop.tsx",
    })
    // The catch-all stays last, so it never hides a page.
    expect(Object.keys(table).at(-1)).toBe("/*")
  })
})
