import type { ConfigModule } from "@medusajs/framework/types"
import { afterEach, describe, expect, it, vi } from "vitest"

// medusa-config reads the environment when it is loaded, so each case loads it afresh.
const GOOD_JWT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
const GOOD_COOKIE = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752"
const GOOD_IDENTITY = "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a"
const GOOD_TRACE_KEY = "q3ZsbmVwY0d4a1hQb1JtV3l6dUw4c1ZnTjJlQ2hBZjQ="
const VNPAY = {
  VNPAY_TMN_CODE: "CHOSO001",
  VNPAY_URL: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
  VNPAY_RETURN_URL: "https://choso.example.vn/thanh-toan/vnpay",
}
const VARIABLES = [
  "NODE_ENV",
  "JWT_SECRET",
  "COOKIE_SECRET",
  "SELLER_IDENTITY_KEY",
  "TRACE_SIGNING_KEY",
  "VNPAY_HASH_SECRET",
  ...Object.keys(VNPAY),
]
const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]))

async function loadConfig(env: Record<string, string>): Promise<ConfigModule> {
  for (const name of VARIABLES) delete process.env[name]
  Object.assign(process.env, env)
  vi.resetModules()
  // vitest loads the file as ESM (`default` is the config); tsc types this CommonJS file's
  // import() with CommonJS interop (`default` would be the whole module). Trust the runtime.
  const loaded = (await import("../medusa-config.js")) as unknown as { default: ConfigModule }
  return loaded.default
}

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe("medusa-config with NODE_ENV=production", () => {
  it("refuses to load without JWT_SECRET, and says how to make one", async () => {
    await expect(loadConfig({ NODE_ENV: "production", COOKIE_SECRET: GOOD_COOKIE })).rejects.toThrow(
      "JWT_SECRET is not set. With NODE_ENV=production it must be a random value of at least 32 characters; generate one with: openssl rand -hex 32"
    )
  })

  it("refuses a placeholder COOKIE_SECRET", async () => {
    await expect(
      loadConfig({
        NODE_ENV: "production",
        JWT_SECRET: GOOD_JWT,
        COOKIE_SECRET: "change-me-change-me-change-me-change-me",
      })
    ).rejects.toThrow(/^COOKIE_SECRET looks like a placeholder \(it contains "changeme"\)/)
  })

  it("refuses a short JWT_SECRET", async () => {
    await expect(
      loadConfig({ NODE_ENV: "production", JWT_SECRET: "k3x9Qp", COOKIE_SECRET: GOOD_COOKIE })
    ).rejects.toThrow(/^JWT_SECRET is only 6 characters long/)
  })

  it("loads with generated secrets and uses them", async () => {
    const config = await loadConfig({
      NODE_ENV: "production",
      JWT_SECRET: GOOD_JWT,
      COOKIE_SECRET: GOOD_COOKIE,
      SELLER_IDENTITY_KEY: GOOD_IDENTITY,
      TRACE_SIGNING_KEY: GOOD_TRACE_KEY,
    })
    expect(config.projectConfig.http.jwtSecret).toBe(GOOD_JWT)
    expect(config.projectConfig.http.cookieSecret).toBe(GOOD_COOKIE)
    const marketplace = config.plugins.find((p) => typeof p !== "string" && p.resolve === "@choso/marketplace")
    expect(marketplace).toMatchObject({ options: { identityKey: GOOD_IDENTITY } })
    const traceability = config.plugins.find((p) => typeof p !== "string" && p.resolve === "@choso/traceability")
    expect(traceability).toMatchObject({ options: { signingKey: GOOD_TRACE_KEY } })
  })

  it("refuses to load without TRACE_SIGNING_KEY (whoever can write the database could re-sign the trace chains)", async () => {
    const base = {
      NODE_ENV: "production",
      JWT_SECRET: GOOD_JWT,
      COOKIE_SECRET: GOOD_COOKIE,
      SELLER_IDENTITY_KEY: GOOD_IDENTITY,
    }
    await expect(loadConfig(base)).rejects.toThrow(/^TRACE_SIGNING_KEY is not set.*openssl rand -base64 32/)
    await expect(loadConfig({ ...base, TRACE_SIGNING_KEY: "placeholder-placeholder-placeholder-xx" })).rejects.toThrow(
      /^TRACE_SIGNING_KEY looks like a placeholder/
    )
  })

  it("refuses to load without SELLER_IDENTITY_KEY (sellers' ID numbers would have no safe key)", async () => {
    await expect(
      loadConfig({ NODE_ENV: "production", JWT_SECRET: GOOD_JWT, COOKIE_SECRET: GOOD_COOKIE })
    ).rejects.toThrow(/^SELLER_IDENTITY_KEY is not set/)
    await expect(
      loadConfig({
        NODE_ENV: "production",
        JWT_SECRET: GOOD_JWT,
        COOKIE_SECRET: GOOD_COOKIE,
        SELLER_IDENTITY_KEY: "changeme-changeme-changeme-changeme",
      })
    ).rejects.toThrow(/^SELLER_IDENTITY_KEY looks like a placeholder/)
  })

  it("refuses a placeholder VNPAY_HASH_SECRET when VNPay is configured", async () => {
    await expect(
      loadConfig({
        NODE_ENV: "production",
        JWT_SECRET: GOOD_JWT,
        COOKIE_SECRET: GOOD_COOKIE,
        ...VNPAY,
        VNPAY_HASH_SECRET: "your-hash-secret",
      })
    ).rejects.toThrow(/^VNPAY_HASH_SECRET looks like a placeholder .*merchant portal/)
  })

  it("loads with a VNPay-issued hash secret (32 uppercase letters)", async () => {
    const config = await loadConfig({
      NODE_ENV: "production",
      JWT_SECRET: GOOD_JWT,
      COOKIE_SECRET: GOOD_COOKIE,
      ...VNPAY,
      VNPAY_HASH_SECRET: "QWERTYUIOPASDFGHJKLZXCVBNMQWERTY",
      SELLER_IDENTITY_KEY: GOOD_IDENTITY,
      TRACE_SIGNING_KEY: GOOD_TRACE_KEY,
    })
    expect(config.projectConfig.http.jwtSecret).toBe(GOOD_JWT)
  })
})

describe("medusa-config in development", () => {
  it("loads without secrets or a real VNPay hash secret, with a development-only value", async () => {
    const config = await loadConfig({ NODE_ENV: "development", ...VNPAY, VNPAY_HASH_SECRET: "x" })
    expect(config.projectConfig.http.jwtSecret).toBe("cho-so-development-only")
  })
})
