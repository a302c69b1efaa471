import { randomBytes } from "node:crypto"
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { run, waitForHttp } from "./processes.mjs"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const BACKEND = path.join(ROOT, "backend")
export const STOREFRONT = path.join(ROOT, "storefront")
const MEDUSA_BIN = path.join(ROOT, "node_modules/.bin/medusa")
const RR_SERVE_BIN = path.join(ROOT, "node_modules/.bin/react-router-serve")

/** Newest modification time under the given paths, skipping build output and dependencies. */
function newestMtime(paths) {
  let newest = 0
  const skip = new Set(["node_modules", ".medusa", "build", ".react-router", "static", "private", ".cache"])
  const visit = (p) => {
    if (!existsSync(p)) return
    const st = statSync(p)
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) {
        if (!skip.has(entry)) visit(path.join(p, entry))
      }
    } else if (st.mtimeMs > newest) {
      newest = st.mtimeMs
    }
  }
  paths.forEach(visit)
  return newest
}

/** The builds `npm start` needs, each redone only when its sources are newer than its output. */
const BUILDS = [
  {
    name: "VNPay SDK and sandbox",
    output: path.join(ROOT, "plugins/vnpay-sdk/dist/cjs/index.js"),
    sources: [path.join(ROOT, "plugins/vnpay-sdk/src"), path.join(ROOT, "plugins/vnpay-sdk/package.json")],
    command: ["npm", ["run", "build", "--workspace", "plugins/vnpay-sdk"]],
  },
  {
    name: "plugin payment-vnpay",
    output: path.join(ROOT, "plugins/payment-vnpay/.medusa/server"),
    sources: [path.join(ROOT, "plugins/payment-vnpay/src"), path.join(ROOT, "plugins/payment-vnpay/package.json")],
    command: ["npm", ["run", "build", "--workspace", "plugins/payment-vnpay"]],
  },
  {
    name: "plugin marketplace",
    output: path.join(ROOT, "plugins/marketplace/.medusa/server"),
    sources: [path.join(ROOT, "plugins/marketplace/src"), path.join(ROOT, "plugins/marketplace/package.json")],
    command: ["npm", ["run", "build", "--workspace", "plugins/marketplace"]],
  },
  {
    name: "plugin market",
    output: path.join(ROOT, "plugins/market/.medusa/server"),
    sources: [path.join(ROOT, "plugins/market/src"), path.join(ROOT, "plugins/market/package.json")],
    command: ["npm", ["run", "build", "--workspace", "plugins/market"]],
  },
  {
    name: "plugin ocop",
    output: path.join(ROOT, "plugins/ocop/.medusa/server"),
    sources: [path.join(ROOT, "plugins/ocop/src"), path.join(ROOT, "plugins/ocop/package.json")],
    command: ["npm", ["run", "build", "--workspace", "plugins/ocop"]],
  },
  {
    name: "plugin traceability",
    output: path.join(ROOT, "plugins/traceability/.medusa/server"),
    sources: [path.join(ROOT, "plugins/traceability/src"), path.join(ROOT, "plugins/traceability/package.json")],
    command: ["npm", ["run", "build", "--workspace", "plugins/traceability"]],
  },
  {
    name: "plugin vietnam",
    output: path.join(ROOT, "plugins/vietnam/.medusa/server"),
    sources: [path.join(ROOT, "plugins/vietnam/src"), path.join(ROOT, "plugins/vietnam/package.json")],
    command: ["npm", ["run", "build", "--workspace", "plugins/vietnam"]],
  },
  {
    name: "backend",
    output: path.join(BACKEND, ".medusa/server"),
    sources: [
      path.join(BACKEND, "src"),
      path.join(BACKEND, "medusa-config.ts"),
      path.join(ROOT, "plugins/vietnam/src"),
      path.join(ROOT, "plugins/payment-vnpay/src"),
      path.join(ROOT, "plugins/marketplace/src"),
      path.join(ROOT, "plugins/market/src"),
      path.join(ROOT, "plugins/ocop/src"),
      path.join(ROOT, "plugins/traceability/src"),
      path.join(ROOT, "packages"),
    ],
    command: ["npm", ["run", "build", "--workspace", "backend"]],
  },
  {
    name: "storefront",
    output: path.join(STOREFRONT, "build/server/index.js"),
    sources: [
      path.join(STOREFRONT, "app"),
      path.join(STOREFRONT, "vite.config.ts"),
      path.join(STOREFRONT, "react-router.config.ts"),
      // bundled into the server build
      path.join(ROOT, "packages"),
      path.join(ROOT, "plugins/vnpay-sdk/src"),
    ],
    command: ["npm", ["run", "build", "--workspace", "storefront"]],
  },
]

/** When the backend was last built (by npm start, npm test, npm run bench or by hand); 0 if never. */
export function backendBuiltAt() {
  const output = path.join(BACKEND, ".medusa/server")
  return existsSync(output) ? statSync(output).mtimeMs : 0
}

export async function buildIfNeeded({ log = console.log, force = false } = {}) {
  let built = false
  for (const build of BUILDS) {
    const stale = force || !existsSync(build.output) || newestMtime(build.sources) > statSync(build.output).mtimeMs
    if (!stale) continue
    log(`Building ${build.name}…`)
    await run(build.command[0], build.command[1], { cwd: ROOT, quiet: true })
    built = true
  }
  linkBackendStatic()
  return built
}

/**
 * The production server runs in backend/.medusa/server, which every build replaces: public
 * uploads (served at /static) and private files (sellers' documents) live in backend/static and
 * backend/private, linked in after each build.
 */
function linkBackendStatic() {
  for (const folder of ["static", "private"]) {
    const target = path.join(BACKEND, folder)
    mkdirSync(target, { recursive: true })
    const link = path.join(BACKEND, ".medusa/server", folder)
    if (existsSync(path.dirname(link)) && !existsSyncLink(link)) {
      symlinkSync(target, link, "dir")
    }
  }
}

function existsSyncLink(p) {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}

/**
 * Secrets for a local run: from the environment when set, otherwise random ones kept in
 * `file` (so sessions survive a restart) or made fresh for a throw-away run.
 */
export function localSecrets(file) {
  const saved = (file && readJson(file)) || {}
  const secrets = {}
  for (const name of [
    "JWT_SECRET",
    "COOKIE_SECRET",
    "SESSION_SECRET",
    "VNPAY_SANDBOX_SECRET",
    "SELLER_IDENTITY_KEY",
    "BANK_SANDBOX_SECRET",
  ]) {
    secrets[name] = process.env[name] || saved[name] || randomBytes(32).toString("hex")
  }
  // An Ed25519 seed (32 bytes, base64): it signs the trace chains' heads, so it must outlive restarts.
  secrets.TRACE_SIGNING_KEY =
    process.env.TRACE_SIGNING_KEY || saved.TRACE_SIGNING_KEY || randomBytes(32).toString("base64")
  if (file) writeJson(file, secrets)
  return secrets
}

const VNPAY_VARIABLES = ["VNPAY_TMN_CODE", "VNPAY_HASH_SECRET", "VNPAY_URL", "VNPAY_RETURN_URL"]

/**
 * VNPay settings for the backend: the real ones when VNPAY_* are set (all four, or it says which
 * are missing), otherwise the local sandbox on `sandboxPort`. Never both.
 */
export function vnpaySettings({ sandboxPort, storefrontUrl, secrets }) {
  const given = VNPAY_VARIABLES.filter((name) => process.env[name])
  if (given.length) {
    const missing = VNPAY_VARIABLES.filter((name) => !process.env[name])
    if (missing.length) {
      throw new Error(
        `VNPay is half-configured: set ${missing.join(", ")} too, or unset ${given.join(", ")} to use the local sandbox`
      )
    }
    return { sandbox: false, env: Object.fromEntries(VNPAY_VARIABLES.map((name) => [name, process.env[name]])) }
  }
  return {
    sandbox: true,
    env: {
      VNPAY_TMN_CODE: "CHOSOSBX",
      VNPAY_HASH_SECRET: secrets.VNPAY_SANDBOX_SECRET,
      VNPAY_URL: `http://localhost:${sandboxPort}/paymentv2/vpcpay.html`,
      VNPAY_RETURN_URL: `${storefrontUrl}/thanh-toan/vnpay`,
    },
  }
}

/** The local VNPay sandbox (a bin of @choso/vnpay), sending IPNs to the backend. */
export function startVNPaySandbox(group, { port, vnpayEnv, ipnUrl, ipnMode = "normal", onExit, logFile }) {
  const cli = path.join(ROOT, "plugins/vnpay-sdk/dist/cjs/sandbox/cli.js")
  const args = [
    cli,
    "--port",
    String(port),
    "--tmn-code",
    vnpayEnv.VNPAY_TMN_CODE,
    "--hash-secret",
    vnpayEnv.VNPAY_HASH_SECRET,
    "--ipn-url",
    ipnUrl,
    "--ipn-mode",
    ipnMode,
  ]
  return group.start("vnpay-sandbox", process.execPath, args, { onExit, logFile })
}

/**
 * SePay bank-transfer webhook settings for the backend: the real key when
 * SEPAY_WEBHOOK_HMAC_SECRET or SEPAY_WEBHOOK_API_KEY is set (then no bank sandbox runs, so only
 * real SePay deliveries are accepted), otherwise the local bank sandbox signs with
 * BANK_SANDBOX_SECRET and the backend verifies with it.
 */
export function sepaySettings({ secrets }) {
  const hmacSecret = process.env.SEPAY_WEBHOOK_HMAC_SECRET
  const apiKey = process.env.SEPAY_WEBHOOK_API_KEY
  if (hmacSecret || apiKey) {
    return {
      sandbox: false,
      env: {
        ...(hmacSecret ? { SEPAY_WEBHOOK_HMAC_SECRET: hmacSecret } : {}),
        ...(apiKey ? { SEPAY_WEBHOOK_API_KEY: apiKey } : {}),
      },
    }
  }
  return { sandbox: true, env: { SEPAY_WEBHOOK_HMAC_SECRET: secrets.BANK_SANDBOX_SECRET } }
}

/**
 * The local bank sandbox (packages/bank-sandbox): plays the customer's bank for stall VietQRs
 * and sends SePay's webhook to `webhookUrl`. The secret goes by environment, not argv (ps).
 */
export function startBankSandbox(group, { port, hmacSecret, webhookUrl, onExit, logFile }) {
  const cli = path.join(ROOT, "packages/bank-sandbox/cli.mjs")
  return group.start("bank-sandbox", process.execPath, [cli, "--port", String(port), "--webhook-url", webhookUrl], {
    env: { BANK_SANDBOX_HMAC_SECRET: hmacSecret },
    onExit,
    logFile,
  })
}

export function backendEnv({
  databaseUrl,
  redisUrl,
  backendPort,
  storefrontUrl,
  production,
  secrets = localSecrets(),
  vnpayEnv = {},
  sepayEnv = {},
}) {
  const backendUrl = `http://localhost:${backendPort}`
  return {
    ...vnpayEnv,
    ...sepayEnv,
    NODE_ENV: production ? "production" : "development",
    DATABASE_URL: databaseUrl,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: backendUrl,
    STORE_CORS: storefrontUrl,
    ADMIN_CORS: backendUrl,
    AUTH_CORS: `${backendUrl},${storefrontUrl}`,
    JWT_SECRET: secrets.JWT_SECRET,
    COOKIE_SECRET: secrets.COOKIE_SECRET,
    // The seed (development) and the server (production) must seal ID numbers with one key.
    SELLER_IDENTITY_KEY: secrets.SELLER_IDENTITY_KEY,
    // The seed (development) and the server (production) must sign the trace chains with one key.
    TRACE_SIGNING_KEY: secrets.TRACE_SIGNING_KEY,
    STOREFRONT_URL: storefrontUrl,
    // Local runs are plain http: a Secure session cookie would never be set (admin sign-in).
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
}

export async function migrate(env, { log = console.log } = {}) {
  log("Running database migrations…")
  await run(MEDUSA_BIN, ["db:migrate"], { cwd: BACKEND, env, quiet: true })
}

/** Seeds once (the seed itself checks) and returns the storefront's publishable key. */
export async function seed(env, outputFile, { log = console.log } = {}) {
  log("Seeding the demo data this database does not have yet…")
  await run(MEDUSA_BIN, ["exec", "./src/scripts/seed.ts"], {
    cwd: BACKEND,
    env: { ...env, NODE_ENV: "development", CHOSO_SEED_OUTPUT: outputFile },
    quiet: true,
  })
  return JSON.parse(readFileSync(outputFile, "utf8"))
}

/**
 * `workerMode` splits the backend as production does: "server" (HTTP only) and "worker"
 * (subscribers, jobs; its own PORT, answering only /health). Both need REDIS_URL.
 */
export function startBackend(group, env, { production = true, onExit, logFile, workerMode } = {}) {
  const cwd = production ? path.join(BACKEND, ".medusa/server") : BACKEND
  const args = production ? ["start"] : ["develop"]
  const modeEnv = workerMode
    ? { MEDUSA_WORKER_MODE: workerMode, ...(workerMode === "worker" ? { DISABLE_MEDUSA_ADMIN: "true" } : {}) }
    : {}
  const name = workerMode === "worker" ? "backend-worker" : "backend"
  return group.start(name, MEDUSA_BIN, args, { cwd, env: { ...env, ...modeEnv }, onExit, logFile })
}

export function startStorefront(
  group,
  { port, backendUrl, publishableKey, production = true, onExit, logFile, secrets = localSecrets() }
) {
  const env = {
    SESSION_SECRET: secrets.SESSION_SECRET,
    // Local runs are plain http; browsers other than Chromium drop Secure cookies there.
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
    PORT: String(port),
    NODE_ENV: production ? "production" : "development",
    MEDUSA_BACKEND_URL: backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey,
  }
  if (production) {
    return group.start("storefront", RR_SERVE_BIN, ["./build/server/index.js"], {
      cwd: STOREFRONT,
      env,
      onExit,
      logFile,
    })
  }
  return group.start(
    "storefront",
    path.join(ROOT, "node_modules/.bin/react-router"),
    ["dev", "--port", String(port), "--strictPort"],
    {
      cwd: STOREFRONT,
      env,
      onExit,
      logFile,
    }
  )
}

export { waitForHttp }

export function writeJson(file, data) {
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(data, null, 2))
}

export function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"))
  } catch {
    return null
  }
}
