import { afterEach, describe, expect, it, vi } from "vitest"

// The rule itself (packages/secret-rule) has its own tests; these check that the storefront applies it.
const GOOD = "3f9c1e7a5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e" // openssl rand -hex 32

afterEach(() => {
  vi.unstubAllEnvs()
  vi.resetModules()
})

async function loadCookies(nodeEnv: string, sessionSecret: string | undefined) {
  vi.resetModules()
  vi.stubEnv("NODE_ENV", nodeEnv)
  vi.stubEnv("SESSION_SECRET", sessionSecret)
  vi.stubEnv("COOKIE_SECRET", undefined)
  return import("~/lib/cookies.server")
}

describe("the storefront's SESSION_SECRET", () => {
  it("stops a production server from starting without a real one", async () => {
    await expect(loadCookies("production", undefined)).rejects.toThrow(
      /^SESSION_SECRET is not set\..*openssl rand -hex 32/
    )
    await expect(loadCookies("production", "test-secret")).rejects.toThrow(/^SESSION_SECRET is only 11 characters long/)
    await expect(loadCookies("production", "cho-so-dev-secret-change-me-in-production")).rejects.toThrow(
      /^SESSION_SECRET looks like a placeholder/
    )
    await expect(loadCookies("production", "x".repeat(64))).rejects.toThrow(/^SESSION_SECRET is one character repeated/)
  })

  it("signs cookies with a good one", async () => {
    const { ordersCookie } = await loadCookies("production", GOOD)
    const cookie = await ordersCookie.serialize(["order_1"])
    expect(await ordersCookie.parse(cookie)).toEqual(["order_1"])
  })

  it("keeps the development default outside production", async () => {
    await expect(loadCookies("development", undefined)).resolves.toHaveProperty("ordersCookie")
  })
})
