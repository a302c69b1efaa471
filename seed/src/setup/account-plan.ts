import { randomBytes } from "node:crypto"
import { requireSafeSecret } from "@choso/secret-rule"
import { DEMO_ADMIN, DEMO_CUSTOMER, DEMO_SELLER_PASSWORD, DEMO_VENDOR_PASSWORD } from "./constants"

export interface AccountPlan {
  admin: { email: string; password: string; source: "demo" | "SEED_ADMIN_PASSWORD" | "generated" }
  /** The demo shopper; never made in production. */
  customer: typeof DEMO_CUSTOMER | null
}

/** 32 hex characters: 128 random bits that pass the secret rule. */
export function generatePassword(): string {
  return randomBytes(16).toString("hex")
}

/**
 * Which accounts the seed makes. Development gets the documented demo logins. Production gets
 * no published password: the operator's comes from SEED_ADMIN_PASSWORD (held to the secret rule)
 * or is generated, and there is no demo shopper.
 */
export function planAccounts(
  env: Readonly<Record<string, string | undefined>>,
  generate: () => string = generatePassword
): AccountPlan {
  if (env.NODE_ENV !== "production") {
    return { admin: { ...DEMO_ADMIN, source: "demo" }, customer: DEMO_CUSTOMER }
  }
  // Empty counts as unset: compose passes `SEED_ADMIN_PASSWORD: ${SEED_ADMIN_PASSWORD:-}`.
  const given = env.SEED_ADMIN_PASSWORD
  if (!given) {
    return { admin: { email: DEMO_ADMIN.email, password: generate(), source: "generated" }, customer: null }
  }
  const password = requireSafeSecret("SEED_ADMIN_PASSWORD", given, {
    howToFix: "unset it to have one generated, or generate one with: openssl rand -hex 16",
  })
  return { admin: { email: DEMO_ADMIN.email, password, source: "SEED_ADMIN_PASSWORD" }, customer: null }
}

/** What the seed prints once, after a production seed; nothing for the documented demo logins. */
export function operatorLoginNotice({ admin }: AccountPlan): string | null {
  switch (admin.source) {
    case "demo":
      return null
    case "SEED_ADMIN_PASSWORD":
      return `Operator login: ${admin.email} with the password in SEED_ADMIN_PASSWORD`
    case "generated":
      return `Operator login: ${admin.email} / ${admin.password} (generated; shown only this once, so store it now)`
  }
}

export interface SellerLoginPlan {
  source: "demo" | "generated"
  /** The password of the next seller member: the documented one, or a new random one each time. */
  password: () => string
}

/**
 * Seller members' passwords. Development: one documented password for all of them. Production:
 * each gets a random one that is never printed; whoever needs a member's login resets it.
 */
export function planSellerLogins(
  env: Readonly<Record<string, string | undefined>>,
  generate: () => string = generatePassword
): SellerLoginPlan {
  if (env.NODE_ENV !== "production") {
    return { source: "demo", password: () => DEMO_SELLER_PASSWORD }
  }
  return { source: "generated", password: generate }
}

/** What the seed prints after seeding sellers in production: how to get in, never a password. */
export function sellerLoginNotice({ source }: SellerLoginPlan): string | null {
  if (source === "demo") {
    return null
  }
  return (
    "Seller members (<producer handle>@nguoiban.choso.vn) have random passwords that are not shown. " +
    "To sign in as one, reset its password (the storefront's /kenh-nguoi-ban/quen-mat-khau, or " +
    'POST /auth/seller/emailpass/reset-password {"identifier": "<e-mail>"}); the link goes out through the notification provider.'
  )
}

/**
 * Stall vendors' passwords, as for seller members: one documented password outside production
 * (not the sellers' one), a random one each in production that is never printed.
 */
export function planVendorLogins(
  env: Readonly<Record<string, string | undefined>>,
  generate: () => string = generatePassword
): SellerLoginPlan {
  if (env.NODE_ENV !== "production") {
    return { source: "demo", password: () => DEMO_VENDOR_PASSWORD }
  }
  return { source: "generated", password: generate }
}

/** What the seed prints after seeding the stall vendors in production: how to get in, never a password. */
export function vendorLoginNotice({ source }: SellerLoginPlan): string | null {
  if (source === "demo") {
    return null
  }
  return (
    "Stall vendors (<stall code>@quay.choso.vn) have random passwords that are not shown. " +
    "To sign in as one, reset its password (the storefront's /kenh-nguoi-ban/quen-mat-khau, or " +
    'POST /auth/seller/emailpass/reset-password {"identifier": "<e-mail>"}); the link goes out through the notification provider.'
  )
}
