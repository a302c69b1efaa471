import { afterEach, describe, expect, it, vi } from "vitest"
import { sellerCookie } from "~/lib/cookies.server"
import { isTokenExpired, readTokenClaims } from "~/lib/jwt"
import { readSellerToken, startSellerSession, withSellerToken } from "~/lib/seller.server"
import { channelPath, signInPath } from "~/lib/seller-paths"
import { getMe } from "~/lib/vendor-api.server"
import { fakeToken } from "./helpers"

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600

async function requestWith(token: string, path = "/kenh-nguoi-ban/nhan-vien"): Promise<Request> {
  const cookie = (await sellerCookie.serialize(token)).split(";")[0] ?? ""
  return new Request(`http://localhost:5173${path}`, { headers: { Cookie: cookie } })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe("token claims", () => {
  it("reads the member and the expiry, including Vietnamese names in the payload", () => {
    const claims = readTokenClaims(
      fakeToken({ actor_id: "selmem_1", exp: 2_000_000_000, user_metadata: { name: "Lê Văn Tư" } })
    )
    expect(claims).toEqual({ actorId: "selmem_1", expiresAt: 2_000_000_000 })
    expect(readTokenClaims(fakeToken({ actor_id: "", exp: 1 }))).toEqual({ actorId: null, expiresAt: 1 })
    expect(readTokenClaims("not-a-token")).toBeNull()
    expect(readTokenClaims("a.%%%.c")).toBeNull()
    expect(isTokenExpired({ actorId: "x", expiresAt: 1 })).toBe(true)
    expect(isTokenExpired({ actorId: "x", expiresAt: inAnHour() })).toBe(false)
    expect(isTokenExpired(null)).toBe(true)
  })
})

describe("sign-in redirects", () => {
  it("comes back only to pages of the channel", () => {
    expect(signInPath("expired", "/kenh-nguoi-ban/san-pham/prod_1")).toBe(
      "/kenh-nguoi-ban/dang-nhap?reason=expired&next=%2Fkenh-nguoi-ban%2Fsan-pham%2Fprod_1"
    )
    expect(signInPath()).toBe("/kenh-nguoi-ban/dang-nhap")
    expect(signInPath("required", "/kenh-nguoi-ban")).toBe("/kenh-nguoi-ban/dang-nhap?reason=required")
    for (const bad of [
      "//evil.example",
      "/gio-hang",
      "/kenh-nguoi-ban/../gio-hang",
      "/kenh-nguoi-ban//evil",
      "/kenh-nguoi-ban/%2F%2Fx",
      "https://evil.example/kenh-nguoi-ban",
      "/kenh-nguoi-ban-gia",
    ]) {
      expect(channelPath(bad), bad).toBeNull()
    }
    expect(channelPath("/kenh-nguoi-ban/nhan-vien")).toBe("/kenh-nguoi-ban/nhan-vien")
  })
})

describe("the seller cookie", () => {
  it("is httpOnly, signed, and lasts as long as the token", async () => {
    const token = fakeToken({ actor_id: "selmem_1", exp: inAnHour() })
    const setCookie = await startSellerSession(token)
    expect(setCookie).toMatch(/^choso_seller=/)
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    expect(setCookie).toMatch(/Path=\//)
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1])
    expect(maxAge).toBeGreaterThan(3500)
    expect(maxAge).toBeLessThanOrEqual(3600)
    expect(await sellerCookie.parse(setCookie)).toBe(token)
  })

  it("gives no token for a forged, expired or member-less cookie", async () => {
    const good = fakeToken({ actor_id: "selmem_1", exp: inAnHour() })
    expect(await readSellerToken(await requestWith(good))).toBe(good)
    expect(await readSellerToken(await requestWith(fakeToken({ actor_id: "selmem_1", exp: 1 })))).toBeNull()
    expect(await readSellerToken(await requestWith(fakeToken({ actor_id: "", exp: inAnHour() })))).toBeNull()
    const forged = new Request("http://localhost:5173/kenh-nguoi-ban", {
      headers: { Cookie: `choso_seller=${encodeURIComponent(btoa(JSON.stringify(good)))}` },
    })
    expect(await readSellerToken(forged)).toBeNull()
  })
})

describe("withSellerToken", () => {
  it("sends a signed-out person to sign in, coming back to the page afterwards", async () => {
    const request = new Request("http://localhost:5173/kenh-nguoi-ban/nhan-vien")
    const thrown = await withSellerToken(request, async () => "never").catch((e: unknown) => e)
    expect(thrown).toBeInstanceOf(Response)
    const response = thrown as Response
    expect(response.status).toBe(302)
    expect(response.headers.get("Location")).toBe(
      "/kenh-nguoi-ban/dang-nhap?reason=required&next=%2Fkenh-nguoi-ban%2Fnhan-vien"
    )
  })

  it("turns the backend's 401 into 'your session has ended' and drops the cookie", async () => {
    const token = fakeToken({ actor_id: "selmem_1", exp: inAnHour() })
    const fetchSpy = vi
      .spyOn(globalThis, "fetch")
      .mockResolvedValue(Response.json({ type: "unauthorized", message: "Unauthorized" }, { status: 401 }))
    const thrown = await withSellerToken(await requestWith(token), (t) => getMe(t)).catch((e: unknown) => e)
    const call = fetchSpy.mock.calls[0]
    expect(String(call?.[0])).toMatch(/\/vendor\/me$/)
    expect(new Headers(call?.[1]?.headers).get("authorization")).toBe(`Bearer ${token}`)
    const response = thrown as Response
    expect(response.headers.get("Location")).toBe(
      "/kenh-nguoi-ban/dang-nhap?reason=expired&next=%2Fkenh-nguoi-ban%2Fnhan-vien"
    )
    expect(response.headers.get("Set-Cookie")).toMatch(/^choso_seller=;.*Max-Age=0/)
  })

  it("lets other refusals through to the page", async () => {
    const token = fakeToken({ actor_id: "selmem_1", exp: inAnHour() })
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      Response.json({ type: "not_allowed", code: "seller_owner_only", message: "Chỉ chủ tài khoản" }, { status: 403 })
    )
    const thrown = await withSellerToken(await requestWith(token), (t) => getMe(t)).catch((e: unknown) => e)
    expect(thrown).toMatchObject({ status: 403, code: "seller_owner_only", message: "Chỉ chủ tài khoản" })
  })
})
