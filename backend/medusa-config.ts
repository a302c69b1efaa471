import { requireSafeSecret, VNPAY_HASH_SECRET_RULE } from "@choso/secret-rule"
import type { InputConfigModules } from "@medusajs/framework/types"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const isProduction = process.env.NODE_ENV === "production"
const redisUrl = process.env.REDIS_URL

/** In production the value must pass @choso/secret-rule, or the backend refuses to start. */
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  if (isProduction) {
    return requireSafeSecret(name, process.env[name])
  }
  return process.env[name] || "cho-so-development-only"
}

/** Redis-backed infrastructure modules, only when REDIS_URL is set; in-memory/local otherwise. */
function redisModules(url: string): InputConfigModules {
  return [
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl: url } },
    { key: Modules.CACHE, resolve: "@medusajs/medusa/cache-redis", options: { redisUrl: url } },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl: url } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/locking-redis",
            id: "locking-redis",
            is_default: true,
            options: { redisUrl: url },
          },
        ],
      },
    },
  ]
}

const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`

/** Uploads (and the seeded product images) on local disk, served by the backend at /static. */
const fileModule = {
  key: Modules.FILE,
  resolve: "@medusajs/medusa/file",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        // Private files (sellers' identity documents) live outside the served static folder.
        options: { upload_dir: "static", private_upload_dir: "private", backend_url: `${backendUrl}/static` },
      },
    ],
  },
}

/**
 * VNPay is on when its four variables are set (`npm start` points them at the local sandbox
 * when none are given). Switching to VNPay's servers is a change of these variables only. The
 * one options object goes to the plugin (its routes, workflows and job) and to the provider.
 */
const vnpayConfigured = ["VNPAY_TMN_CODE", "VNPAY_HASH_SECRET", "VNPAY_URL", "VNPAY_RETURN_URL"].every(
  (name) => !!process.env[name]
)
if (isProduction && vnpayConfigured)
  requireSafeSecret("VNPAY_HASH_SECRET", process.env.VNPAY_HASH_SECRET, VNPAY_HASH_SECRET_RULE)

function seconds(name: string): number | undefined {
  const value = process.env[name]
  return value ? Number(value) : undefined
}

const vnpayOptions = vnpayConfigured
  ? {
      tmnCode: process.env.VNPAY_TMN_CODE,
      hashSecret: process.env.VNPAY_HASH_SECRET,
      paymentUrl: process.env.VNPAY_URL,
      returnUrl: process.env.VNPAY_RETURN_URL,
      serverIp: process.env.VNPAY_SERVER_IP,
      reconcileAfterSeconds: seconds("VNPAY_RECONCILE_AFTER_SECONDS"),
      completeAfterSeconds: seconds("VNPAY_COMPLETE_AFTER_SECONDS"),
    }
  : {}

/**
 * Sellers' ID numbers are encrypted with SELLER_IDENTITY_KEY; production refuses a missing,
 * short or placeholder key (a lost key makes the stored numbers unreadable: keep it safe).
 */
function marketplaceOptions() {
  return {
    identityKey: isProduction
      ? requireSafeSecret("SELLER_IDENTITY_KEY", process.env.SELLER_IDENTITY_KEY)
      : process.env.SELLER_IDENTITY_KEY || "cho-so-development-only-identity-key",
    storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:3000",
  }
}

/**
 * Chợ 4.0: the bank-transfer webhook (SePay format) is authenticated by SEPAY_WEBHOOK_HMAC_SECRET
 * or SEPAY_WEBHOOK_API_KEY (`npm start` sets the first for its local bank sandbox when neither is
 * given); production refuses a weak one. Live vendor screens share events through Redis if set.
 */
function marketOptions() {
  const hmac = process.env.SEPAY_WEBHOOK_HMAC_SECRET
  const apiKey = process.env.SEPAY_WEBHOOK_API_KEY
  if (isProduction && hmac) requireSafeSecret("SEPAY_WEBHOOK_HMAC_SECRET", hmac)
  if (isProduction && apiKey) requireSafeSecret("SEPAY_WEBHOOK_API_KEY", apiKey)
  return {
    sepayHmacSecret: hmac,
    sepayApiKey: apiKey,
    redisUrl,
    storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:3000",
  }
}

/**
 * Traceability: chain heads and daily digests are signed with TRACE_SIGNING_KEY (a base64 32-byte
 * Ed25519 seed: `openssl rand -base64 32`), kept outside the database. Production refuses a
 * missing or placeholder key; development falls back to the plugin's development-only key.
 * TRACE_PREVIOUS_PUBLIC_KEYS (comma-separated base64) keeps heads signed before a rotation verifiable.
 */
function traceOptions() {
  const signingKey = process.env.TRACE_SIGNING_KEY
  if (isProduction)
    requireSafeSecret("TRACE_SIGNING_KEY", signingKey, { howToFix: "generate one with: openssl rand -base64 32" })
  return {
    signingKey,
    previousPublicKeys: process.env.TRACE_PREVIOUS_PUBLIC_KEYS,
    storefrontUrl: process.env.STOREFRONT_URL || "http://localhost:3000",
  }
}

/** E-mails (password resets, invitations): the local provider logs them; Admin → "Thư đã gửi" lists them. */
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: [
      {
        resolve: "@medusajs/medusa/notification-local",
        id: "local",
        options: { name: "Local (development)", channels: ["email"] },
      },
    ],
  },
}

const paymentModule = {
  key: Modules.PAYMENT,
  resolve: "@medusajs/medusa/payment",
  options: {
    providers: vnpayConfigured
      ? [{ resolve: "@choso/payment-vnpay/providers/vnpay", id: "vnpay", options: vnpayOptions }]
      : [],
  },
}

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseDriverOptions: process.env.DATABASE_SSL === "true" ? undefined : { connection: { ssl: false } },
    redisUrl,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    // The admin's session cookie is Secure in production; `npm start` serves plain http on
    // localhost and sets COOKIE_SECURE=false, or the admin could not sign in there.
    cookieOptions: process.env.COOKIE_SECURE === "false" ? { secure: false } : {},
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:5173,http://localhost:3000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:5173,http://localhost:3000",
      authMethodsPerActor: { user: ["emailpass"], customer: ["emailpass"], seller: ["emailpass"] },
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  featureFlags: {
    translation: true,
    // Store product lists filter by the publishable key's sales channel. Without the Index
    // Module that filter loads every linked product id per request (measured: 5 s at 10,000
    // products); with it, the filter is one SQL join.
    index_engine: true,
  },
  plugins: [
    { resolve: "@choso/vietnam", options: {} },
    { resolve: "@choso/payment-vnpay", options: vnpayOptions },
    { resolve: "@choso/marketplace", options: marketplaceOptions() },
    { resolve: "@choso/market", options: marketOptions() },
    { resolve: "@choso/ocop", options: {} },
    { resolve: "@choso/traceability", options: traceOptions() },
  ],
  // Feature flags are read when defineConfig builds its defaults, before `featureFlags`
  // applies, so the modules behind them (translation, index) are named here as well.
  modules: [
    fileModule,
    paymentModule,
    notificationModule,
    { key: Modules.TRANSLATION, resolve: "@medusajs/medusa/translation" },
    { key: Modules.INDEX, resolve: "@medusajs/medusa/index-module" },
    ...(redisUrl ? redisModules(redisUrl) : []),
  ],
})
