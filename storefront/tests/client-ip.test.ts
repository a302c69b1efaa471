import { afterEach, describe, expect, it, vi } from "vitest"
import { clientIp } from "~/lib/client-ip.server"
import { forwardedEntry, trustedProxyHops } from "~/lib/trust-proxy.server"

function req(headers: Record<string, string>): Request {
  return new Request("http://localhost:3000/thanh-toan", { headers })
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe("clientIp without a trusted proxy (TRUST_PROXY unset or 0)", () => {
  it.each([undefined, "0", ""])("ignores X-Forwarded-For and X-Real-IP with TRUST_PROXY=%j", (value) => {
    vi.stubEnv("TRUST_PROXY", value)
    const forged = req({ "X-Forwarded-For": "203.0.113.7", "X-Real-IP": "203.0.113.8" })
    expect(clientIp(forged)).toBe("127.0.0.1")
    expect(clientIp(forged, "198.51.100.4")).toBe("198.51.100.4")
  })

  it("gives the socket's address, IPv4-mapped IPv6 as IPv4, else 127.0.0.1", () => {
    expect(clientIp(req({}), "::ffff:198.51.100.4")).toBe("198.51.100.4")
    expect(clientIp(req({}), "2001:db8::1")).toBe("2001:db8::1")
    expect(clientIp(req({}), "not-an-ip")).toBe("127.0.0.1")
    expect(clientIp(req({}), null)).toBe("127.0.0.1")
  })
})

describe("clientIp behind TRUST_PROXY proxies", () => {
  it("takes the entry the one proxy appended (the rightmost), not what the client sent", () => {
    vi.stubEnv("TRUST_PROXY", "1")
    expect(clientIp(req({ "X-Forwarded-For": "203.0.113.7" }), "10.0.0.2")).toBe("203.0.113.7")
    // The client sent "1.2.3.4" itself; the proxy appended the address it saw.
    expect(clientIp(req({ "X-Forwarded-For": "1.2.3.4, 203.0.113.7" }), "10.0.0.2")).toBe("203.0.113.7")
    expect(clientIp(req({ "X-Forwarded-For": "2001:db8::7" }))).toBe("2001:db8::7")
  })

  it("counts hops from the right with two proxies", () => {
    vi.stubEnv("TRUST_PROXY", "2")
    expect(clientIp(req({ "X-Forwarded-For": "1.2.3.4, 203.0.113.7, 10.0.0.5" }), "10.0.0.2")).toBe("203.0.113.7")
    // Fewer entries than proxies: a proxy did not append, nothing in it can be trusted.
    expect(clientIp(req({ "X-Forwarded-For": "203.0.113.7" }), "10.0.0.2")).toBe("10.0.0.2")
  })

  it("falls back to the socket's address when the trusted entry is not an IP", () => {
    vi.stubEnv("TRUST_PROXY", "1")
    expect(clientIp(req({ "X-Forwarded-For": "203.0.113.7, <script>" }), "10.0.0.2")).toBe("10.0.0.2")
    expect(clientIp(req({ "X-Forwarded-For": "999.1.1.1" }))).toBe("127.0.0.1")
    expect(clientIp(req({ "X-Forwarded-For": "" }))).toBe("127.0.0.1")
  })

  it("uses X-Real-IP only behind exactly one proxy", () => {
    vi.stubEnv("TRUST_PROXY", "1")
    expect(clientIp(req({ "X-Real-IP": "203.0.113.9" }), "10.0.0.2")).toBe("203.0.113.9")
    vi.stubEnv("TRUST_PROXY", "2")
    expect(clientIp(req({ "X-Real-IP": "10.0.0.5" }), "10.0.0.2")).toBe("10.0.0.2")
  })
})

describe("TRUST_PROXY", () => {
  it("is a small whole number; anything else stops the server", () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    expect(trustedProxyHops(" 1 ")).toBe(1)
    expect(() => trustedProxyHops("true")).toThrow(/TRUST_PROXY must be the number of proxies/)
    expect(() => trustedProxyHops("-1")).toThrow(/TRUST_PROXY/)
    expect(() => trustedProxyHops("1.5")).toThrow(/TRUST_PROXY/)
  })

  it("picks forwarded entries from the right", () => {
    expect(forwardedEntry("a, b, c", 1)).toBe("c")
    expect(forwardedEntry("a, b, c", 3)).toBe("a")
    expect(forwardedEntry("a, b, c", 4)).toBeNull()
    expect(forwardedEntry("a, b, c", 0)).toBeNull()
    expect(forwardedEntry(null, 1)).toBeNull()
  })
})
