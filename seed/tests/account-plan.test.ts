import { secretProblem } from "@choso/secret-rule"
import { describe, expect, it } from "vitest"
import {
  generatePassword,
  operatorLoginNotice,
  planAccounts,
  planSellerLogins,
  sellerLoginNotice,
} from "../src/setup/account-plan.js"
import { DEMO_ADMIN, DEMO_CUSTOMER, DEMO_SELLER_PASSWORD } from "../src/setup/constants.js"

const fixed = () => "3f1c9a7e5b2d4f608e1a9c3b7d5f2e40"
const STRONG = "b1946ac92492d2347c6235b4d2611184"

describe("planAccounts outside production", () => {
  it.each([undefined, "development", "test"])("makes the documented demo logins (NODE_ENV=%s)", (NODE_ENV) => {
    const plan = planAccounts({ NODE_ENV, SEED_ADMIN_PASSWORD: STRONG }, fixed)
    expect(plan.admin).toEqual({ email: "admin@choso.vn", password: "choso-admin-2026", source: "demo" })
    expect(plan.customer).toEqual(DEMO_CUSTOMER)
    expect(operatorLoginNotice(plan)).toBeNull()
  })
})

describe("planAccounts in production", () => {
  it("generates the operator's password, makes no demo shopper, and prints the password once", () => {
    const plan = planAccounts({ NODE_ENV: "production" }, fixed)
    expect(plan.admin).toEqual({ email: DEMO_ADMIN.email, password: fixed(), source: "generated" })
    expect(plan.customer).toBeNull()
    expect(operatorLoginNotice(plan)).toContain(`${DEMO_ADMIN.email} / ${fixed()}`)
  })

  it("treats an empty SEED_ADMIN_PASSWORD as unset", () => {
    expect(planAccounts({ NODE_ENV: "production", SEED_ADMIN_PASSWORD: "" }, fixed).admin.source).toBe("generated")
  })

  it("uses a strong SEED_ADMIN_PASSWORD and does not print it", () => {
    const plan = planAccounts({ NODE_ENV: "production", SEED_ADMIN_PASSWORD: STRONG }, fixed)
    expect(plan.admin).toEqual({ email: DEMO_ADMIN.email, password: STRONG, source: "SEED_ADMIN_PASSWORD" })
    expect(plan.customer).toBeNull()
    expect(operatorLoginNotice(plan)).not.toContain(STRONG)
  })

  it.each([
    ["the demo password", DEMO_ADMIN.password, /SEED_ADMIN_PASSWORD is only 16 characters long/],
    ["a placeholder", "change-me-change-me-change-me-change-me", /SEED_ADMIN_PASSWORD looks like a placeholder/],
  ])("refuses %s, saying how to fix it", (_, SEED_ADMIN_PASSWORD, reason) => {
    const plan = () => planAccounts({ NODE_ENV: "production", SEED_ADMIN_PASSWORD }, fixed)
    expect(plan).toThrow(reason)
    expect(plan).toThrow(/unset it to have one generated/)
  })
})

describe("generatePassword", () => {
  it("makes a different password each time, and each passes the secret rule", () => {
    const [a, b] = [generatePassword(), generatePassword()]
    expect(a).not.toBe(b)
    expect(secretProblem(a)).toBeNull()
  })
})

describe("planSellerLogins", () => {
  it.each([undefined, "development", "test"])(
    "gives every seller member the documented password (NODE_ENV=%s)",
    (NODE_ENV) => {
      const plan = planSellerLogins({ NODE_ENV }, fixed)
      expect(plan.source).toBe("demo")
      expect([plan.password(), plan.password()]).toEqual([DEMO_SELLER_PASSWORD, DEMO_SELLER_PASSWORD])
      expect(sellerLoginNotice(plan)).toBeNull()
    }
  )

  it("gives each member its own random password in production, prints none and says how to reset", () => {
    let n = 0
    const plan = planSellerLogins({ NODE_ENV: "production" }, () => `${fixed()}${n++}`)
    const [a, b] = [plan.password(), plan.password()]
    expect(a).not.toBe(b)
    expect(a).not.toBe(DEMO_SELLER_PASSWORD)
    const notice = sellerLoginNotice(plan)!
    expect(notice).toContain("/auth/seller/emailpass/reset-password")
    expect(notice).not.toContain(a)
    expect(notice).not.toContain(DEMO_SELLER_PASSWORD)
  })
})
