import { createStaticHandler, type MiddlewareFunction, RouterContextProvider } from "react-router"
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest"
import { langCookie } from "~/lib/cookies.server"
import { isCrossSiteRequest } from "~/lib/cross-site.server"
import { ownOrigin } from "~/lib/own-origin.server"
import { middleware } from "~/root"
import { action as languageAction } from "~/routes/language"
import { postForm, routeArgs } from "./helpers"

const SHOP = "http://localhost:3000"

function post(headers: Record<string, string>, url = `${SHOP}/gio-hang`): Request {
  return postForm(url, { intent: "update" }, headers)
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("isCrossSiteRequest", () => {
  it("refuses Sec-Fetch-Site cross-site and same-site", () => {
    expect(isCrossSiteRequest(post({ "Sec-Fetch-Site": "cross-site" }))).toBe(true)
    // A sibling subdomain (shop.example vs evil.shop.example) is "same-site": still not us.
    expect(isCrossSiteRequest(post({ "Sec-Fetch-Site": "same-site" }))).toBe(true)
    expect(isCrossSiteRequest(post({ "Sec-Fetch-Site": "same-site", Origin: SHOP }))).toBe(true)
  })

  it("refuses an Origin other than the storefront's own", () => {
    expect(isCrossSiteRequest(post({ Origin: "https://evil.example" }))).toBe(true)
    expect(isCrossSiteRequest(post({ Origin: "http://localhost:3001" }))).toBe(true)
    expect(isCrossSiteRequest(post({ Origin: "https://localhost:3000" }))).toBe(true)
    expect(isCrossSiteRequest(post({ Origin: "null" }))).toBe(true)
    expect(isCrossSiteRequest(post({ Origin: "not a url" }))).toBe(true)
  })

  it("allows the storefront's own origin and requests with neither header", () => {
    expect(isCrossSiteRequest(post({ Origin: SHOP, "Sec-Fetch-Site": "same-origin" }))).toBe(false)
    expect(isCrossSiteRequest(post({ Origin: SHOP }))).toBe(false)
    // The user typed or bookmarked it.
    expect(isCrossSiteRequest(post({ "Sec-Fetch-Site": "none" }))).toBe(false)
    // curl, server-to-server, tests.
    expect(isCrossSiteRequest(post({}))).toBe(false)
  })

  it("only judges requests that can change something", () => {
    const get = new Request(`${SHOP}/ngon-ngu?lang=en`, {
      headers: { "Sec-Fetch-Site": "cross-site", Origin: "https://evil.example" },
    })
    expect(isCrossSiteRequest(get)).toBe(false)
    const del = new Request(`${SHOP}/gio-hang`, { method: "DELETE", headers: { Origin: "https://evil.example" } })
    expect(isCrossSiteRequest(del)).toBe(true)
  })
})

describe("ownOrigin", () => {
  const proxied = (headers: Record<string, string>) =>
    new Request("http://shop.example/gio-hang", { method: "POST", headers: { Host: "shop.example", ...headers } })

  it("is the request URL's origin when no proxy is trusted, whatever X-Forwarded-* say", () => {
    vi.stubEnv("TRUST_PROXY", undefined)
    expect(ownOrigin(proxied({ "X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example" }))).toBe(
      "http://shop.example"
    )
  })

  it("is the forwarded protocol and host behind a trusted TLS proxy", () => {
    vi.stubEnv("TRUST_PROXY", "1")
    expect(ownOrigin(proxied({ "X-Forwarded-Proto": "https" }))).toBe("https://shop.example")
    expect(ownOrigin(proxied({ "X-Forwarded-Proto": "https", "X-Forwarded-Host": "cho.example:8443" }))).toBe(
      "https://cho.example:8443"
    )
    expect(ownOrigin(proxied({ "X-Forwarded-Proto": "gopher", "X-Forwarded-Host": "a/b@evil" }))).toBe(
      "http://shop.example"
    )
  })

  it("lets a same-origin post through a trusted TLS proxy and refuses it without TRUST_PROXY", () => {
    const request = proxied({ "X-Forwarded-Proto": "https", Origin: "https://shop.example" })
    vi.stubEnv("TRUST_PROXY", "1")
    expect(isCrossSiteRequest(request)).toBe(false)
    vi.stubEnv("TRUST_PROXY", "0")
    expect(isCrossSiteRequest(request)).toBe(true)
  })
})

/**
 * The root middleware in React Router's real request pipeline (createStaticHandler), in front of
 * the real language action, the same way it stands in front of every action of the app.
 */
describe("root middleware", () => {
  let fetchSpy: MockInstance<typeof fetch>
  let warnSpy: MockInstance<typeof console.warn>
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, "fetch")
    warnSpy = vi.spyOn(console, "warn").mockImplementation(() => undefined)
  })
  afterEach(() => {
    fetchSpy.mockRestore()
    warnSpy.mockRestore()
  })

  const handler = createStaticHandler([
    {
      id: "root",
      path: "/",
      // The static handler types `next()` as returning unknown; the server runtime gives a Response.
      middleware: middleware as unknown as MiddlewareFunction[],
      children: [{ id: "routes/language", path: "ngon-ngu", action: languageAction }],
    },
  ])

  function send(request: Request): Promise<Response> {
    return handler.queryRoute(request, {
      routeId: "routes/language",
      requestContext: new RouterContextProvider(),
      generateMiddlewareResponse: (queryRoute) => queryRoute(request),
    })
  }

  const switchToEnglish = (headers: Record<string, string>) =>
    postForm(`${SHOP}/ngon-ngu`, { lang: "en", redirect_to: "/gio-hang" }, headers)

  it("refuses a form posted from another site with a 403 page, and the action never runs", async () => {
    const response = await send(switchToEnglish({ Origin: "https://evil.example", "Sec-Fetch-Mode": "navigate" }))
    expect(response.status).toBe(403)
    expect(response.headers.get("Set-Cookie")).toBeNull()
    expect(response.headers.get("Content-Type")).toMatch(/text\/html/)
    const html = await response.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain("Chợ Số đã từ chối yêu cầu này")
    expect(fetchSpy).not.toHaveBeenCalled()
    // The operator sees why, and the likely fix when a proxy is missing from TRUST_PROXY.
    expect(warnSpy).toHaveBeenCalledWith(
      expect.stringMatching(/refused POST \/ngon-ngu: Origin https:\/\/evil\.example.*TRUST_PROXY/)
    )
  })

  it("answers in the shopper's language", async () => {
    const cookie = (await langCookie.serialize("en")).split(";")[0] ?? ""
    const response = await send(switchToEnglish({ "Sec-Fetch-Site": "cross-site", Cookie: cookie }))
    expect(response.status).toBe(403)
    const html = await response.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain("Chợ Số refused this request")
  })

  it("throws a 403 the ErrorBoundary shows when the app's own JavaScript was refused", async () => {
    const request = switchToEnglish({ Origin: "https://evil.example", "Sec-Fetch-Mode": "cors" })
    const response = await send(request)
    expect(response.status).toBe(403)
    expect(await response.json()).toEqual({ refusal: "cross_site", lang: "vi" })
  })

  it("lets the shop's own form through, with security headers", async () => {
    const response = await send(
      switchToEnglish({ Origin: SHOP, "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "navigate" })
    )
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe("/gio-hang")
    expect(await langCookie.parse(response.headers.get("Set-Cookie"))).toBe("en")
    expect(response.headers.get("Content-Security-Policy")).toMatch(/frame-ancestors 'none'/)
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff")
  })

  it("puts the security headers on refusals too", async () => {
    const response = await send(switchToEnglish({ "Sec-Fetch-Site": "cross-site" }))
    expect(response.headers.get("Content-Security-Policy")).toMatch(/script-src 'self' 'nonce-/)
  })

  it("lets requests without Origin or Sec-Fetch-Site through (curl, tests)", async () => {
    const response = await languageAction(routeArgs(switchToEnglish({}), {}))
    expect(response.status).toBe(303)
    const viaMiddleware = await send(switchToEnglish({}))
    expect(viaMiddleware.status).toBe(303)
  })
})
