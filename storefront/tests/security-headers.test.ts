import { RouterContextProvider } from "react-router"
import { afterEach, describe, expect, it, vi } from "vitest"
import {
  backendImageOrigins,
  contentSecurityPolicy,
  type SecurityHeaderOptions,
  securityHeaders,
} from "~/lib/security-headers.server"
import { nonceContext, securityHeadersMiddleware } from "~/middleware/security-headers.server"
import { routeArgs } from "./helpers"

const OPTIONS: SecurityHeaderOptions = {
  nonce: "bm9uY2U=",
  ownOrigin: "https://cho.example",
  imageOrigins: ["https://api.cho.example"],
  pathname: "/",
  dev: false,
}

/** "script-src 'self' 'nonce-…'" → ["'self'", "'nonce-…'"] */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
  return found?.slice(1)
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("contentSecurityPolicy", () => {
  const policy = contentSecurityPolicy(OPTIONS)

  it("runs only our scripts and the inline ones carrying this response's nonce", () => {
    expect(directive(policy, "script-src")).toEqual(["'self'", "'nonce-bm9uY2U='"])
    expect(directive(policy, "default-src")).toEqual(["'self'"])
    expect(directive(policy, "object-src")).toEqual(["'none'"])
    expect(policy).not.toContain("unsafe-inline")
    expect(policy).not.toContain("unsafe-eval")
  })

  it("cannot be framed and keeps <base> on this site", () => {
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"])
    expect(directive(policy, "base-uri")).toEqual(["'self'"])
  })

  it("shows product images from the backend and data: URLs only", () => {
    expect(directive(policy, "img-src")).toEqual(["'self'", "data:", "https://api.cho.example"])
  })

  it("lets forms post to this site and redirect to VNPay over https; plain http only on an http storefront", () => {
    expect(directive(policy, "form-action")).toEqual(["'self'", "https:"])
    const local = contentSecurityPolicy({ ...OPTIONS, ownOrigin: "http://localhost:3000" })
    expect(directive(local, "form-action")).toEqual(["'self'", "https:", "http:"])
  })

  it("allows Vite's injected styles and HMR socket in development only", () => {
    const dev = contentSecurityPolicy({ ...OPTIONS, dev: true })
    expect(directive(dev, "style-src")).toEqual(["'self'", "'unsafe-inline'"])
    expect(directive(dev, "connect-src")).toEqual(["'self'", "ws:", "wss:"])
    expect(directive(policy, "style-src")).toEqual(["'self'"])
    expect(directive(policy, "connect-src")).toEqual(["'self'"])
  })
})

describe("securityHeaders", () => {
  it("sets nosniff, a referrer policy and a minimal permissions policy", () => {
    const headers = securityHeaders(OPTIONS)
    expect(headers["X-Content-Type-Options"]).toBe("nosniff")
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["Permissions-Policy"]).toBe("camera=(), microphone=(), geolocation=(self), payment=(), usb=()")
  })

  it("sends no referrer to other sites from VNPay's return page (its query holds the payment's parameters)", () => {
    expect(securityHeaders({ ...OPTIONS, pathname: "/thanh-toan/vnpay" })["Referrer-Policy"]).toBe("same-origin")
    expect(securityHeaders({ ...OPTIONS, pathname: "/thanh-toan/vnpay.data" })["Referrer-Policy"]).toBe("same-origin")
    expect(securityHeaders({ ...OPTIONS, pathname: "/thanh-toan" })["Referrer-Policy"]).toBe(
      "strict-origin-when-cross-origin"
    )
  })
})

describe("backendImageOrigins", () => {
  it("holds the backend's origin and, when set, the public one browsers load images from", () => {
    vi.stubEnv("MEDUSA_BACKEND_URL", "http://backend:9000/")
    expect(backendImageOrigins({ PUBLIC_MEDUSA_URL: "https://api.cho.example/static" })).toEqual([
      "http://backend:9000",
      "https://api.cho.example",
    ])
    expect(backendImageOrigins({ PUBLIC_MEDUSA_URL: "not a url" })).toEqual(["http://backend:9000"])
  })
})

describe("securityHeadersMiddleware", () => {
  it("gives every response a fresh nonce, the same one it hands to the render", async () => {
    const nonces: string[] = []
    for (let i = 0; i < 2; i++) {
      const args = routeArgs(new Request("http://localhost:3000/"), {})
      const response = await securityHeadersMiddleware(args, async () => {
        nonces.push(args.context.get(nonceContext))
        return new Response("<html></html>", { headers: { "Content-Type": "text/html" } })
      })
      expect(response).toBeInstanceOf(Response)
      const policy = (response as Response).headers.get("Content-Security-Policy") ?? ""
      expect(directive(policy, "script-src")).toEqual(["'self'", `'nonce-${nonces[i]}'`])
    }
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(nonces[0]).not.toBe(nonces[1])
  })

  it("also sets them on responses whose headers are immutable", async () => {
    const args = { ...routeArgs(new Request("http://localhost:3000/x"), {}), context: new RouterContextProvider() }
    const response = (await securityHeadersMiddleware(args, async () =>
      Response.redirect("http://localhost:3000/", 302)
    )) as Response
    expect(response.status).toBe(302)
    expect(response.headers.get("Location")).toBe("http://localhost:3000/")
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff")
  })
})
