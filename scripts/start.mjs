#!/usr/bin/env node
// `npm start`: PostgreSQL (embedded unless DATABASE_URL), build when sources changed, migrate,
// seed (the steps this database has not had), backend + storefront, then the URLs and demo
// logins. Ctrl-C stops everything.
import path from "node:path"
import { findFreePort, isPortFree } from "./lib/ports.mjs"
import { checkDatabaseUrl, redact, startEmbeddedPostgres } from "./lib/postgres.mjs"
import { ProcessGroup } from "./lib/processes.mjs"
import {
  backendBuiltAt,
  backendEnv,
  buildIfNeeded,
  localSecrets,
  migrate,
  ROOT,
  readJson,
  seed,
  sepaySettings,
  startBackend,
  startBankSandbox,
  startStorefront,
  startVNPaySandbox,
  vnpaySettings,
  waitForHttp,
  writeJson,
} from "./lib/stack.mjs"

const dev = process.argv.includes("--dev")
const DATA = path.join(ROOT, ".data")
const STATE_FILE = path.join(DATA, "state.json")
const backendPort = Number(process.env.BACKEND_PORT || 9000)
const storefrontPort = Number(process.env.STOREFRONT_PORT || 3000)
const started = Date.now()
const group = new ProcessGroup()
let postgres = null
let shuttingDown = false

const log = (msg) => console.log(`\x1b[36m[chợ số]\x1b[0m ${msg}`)

async function shutdown(code) {
  if (shuttingDown) return
  shuttingDown = true
  log("Stopping…")
  await group.stopAll()
  if (postgres) {
    await postgres.stop().catch(() => {})
  }
  process.exit(code)
}

function fail(message) {
  console.error(`\x1b[31m[chợ số] ${message}\x1b[0m`)
  return shutdown(1)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

async function main() {
  for (const [name, port, variable] of [
    ["backend", backendPort, "BACKEND_PORT"],
    ["storefront", storefrontPort, "STOREFRONT_PORT"],
  ]) {
    if (!(await isPortFree(port))) {
      return fail(
        `Port ${port} for the ${name} is already in use. Stop what uses it or set ${variable}=<another port>.`
      )
    }
  }

  let databaseUrl = process.env.DATABASE_URL
  if (databaseUrl) {
    log(`Using DATABASE_URL ${redact(databaseUrl)}`)
    await checkDatabaseUrl(databaseUrl)
  } else {
    log("No DATABASE_URL: starting embedded PostgreSQL (data in .data/postgres)")
    postgres = await startEmbeddedPostgres(path.join(DATA, "postgres"))
    databaseUrl = postgres.url
  }
  const redisUrl = process.env.REDIS_URL
  log(
    redisUrl
      ? `Using Redis at ${redact(redisUrl)}`
      : "No REDIS_URL: in-process event bus, workflow engine, locking and cache"
  )

  if (!dev) await buildIfNeeded({ log })
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const secrets = localSecrets(path.join(DATA, "secrets.json"))
  const sandboxPort = await findFreePort(Number(process.env.VNPAY_SANDBOX_PORT || 8090))
  const vnpay = vnpaySettings({ sandboxPort, storefrontUrl, secrets })
  // The bank sandbox (plays the customer's bank for stall VietQRs) takes the next free port.
  const bankSandboxPort = await findFreePort(Number(process.env.BANK_SANDBOX_PORT || sandboxPort + 1))
  const sepay = sepaySettings({ secrets })
  const env = backendEnv({
    databaseUrl,
    redisUrl,
    backendPort,
    storefrontUrl,
    production: !dev,
    secrets,
    vnpayEnv: vnpay.env,
    sepayEnv: sepay.env,
  })

  const state = readJson(STATE_FILE) ?? {}
  const dbKey = redact(databaseUrl).replace(/:\d+\//, "/") // embedded port changes between starts
  const known = state.databases?.[dbKey]
  // Migrations run when this database has not been migrated since the backend was last built
  // (whoever built it), so new modules' tables always exist before the server starts.
  if (dev || !known || known.migratedAt < backendBuiltAt()) {
    await migrate(env, { log })
  }
  // The seed runs while this database lacks a step of seed/steps.json (it then does only those),
  // so a new step reaches an existing database on its next start.
  const seedSteps = readJson(path.join(ROOT, "seed/steps.json")) ?? []
  let publishableKey = known?.publishableKey
  let seededSteps = known?.seedSteps ?? []
  if (!publishableKey || seedSteps.some((step) => !seededSteps.includes(step))) {
    const result = await seed(env, path.join(DATA, "seed-result.json"), { log })
    publishableKey = result.publishableKey
    seededSteps = result.steps
  }
  writeJson(STATE_FILE, {
    ...state,
    databases: { ...state.databases, [dbKey]: { publishableKey, migratedAt: Date.now(), seedSteps: seededSteps } },
  })

  const onExit = (name, code, signal) => fail(`The ${name} stopped unexpectedly (${signal ?? `exit ${code}`}).`)
  if (vnpay.sandbox) {
    log(`No VNPAY_* credentials: starting the local VNPay sandbox on :${sandboxPort}`)
    startVNPaySandbox(group, {
      port: sandboxPort,
      vnpayEnv: vnpay.env,
      ipnUrl: `http://localhost:${backendPort}/hooks/vnpay/ipn`,
      onExit,
    })
    await waitForHttp(`http://localhost:${sandboxPort}/_sandbox/health`)
  } else {
    log(`VNPay: ${vnpay.env.VNPAY_URL} (merchant ${vnpay.env.VNPAY_TMN_CODE})`)
  }
  if (sepay.sandbox) {
    log(`No SEPAY_WEBHOOK_* key: starting the local bank sandbox on :${bankSandboxPort}`)
    startBankSandbox(group, {
      port: bankSandboxPort,
      hmacSecret: sepay.env.SEPAY_WEBHOOK_HMAC_SECRET,
      webhookUrl: `http://localhost:${backendPort}/hooks/sepay`,
      onExit,
    })
    await waitForHttp(`http://localhost:${bankSandboxPort}/_sandbox/health`)
  } else {
    log("SePay: real webhook key set, no bank sandbox (only real SePay deliveries are accepted)")
  }
  log(`Starting the backend on :${backendPort}${dev ? " (develop)" : ""}…`)
  const backend = startBackend(group, env, { production: !dev, onExit })
  await waitForHttp(`http://localhost:${backendPort}/health`, { isAlive: () => backend.exitCode === null })
  log(`Starting the storefront on :${storefrontPort}…`)
  const storefront = startStorefront(group, {
    port: storefrontPort,
    backendUrl: `http://localhost:${backendPort}`,
    publishableKey,
    production: !dev,
    onExit,
    secrets,
  })
  await waitForHttp(`${storefrontUrl}/healthz`, { isAlive: () => storefront.exitCode === null })

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`
  \x1b[32mChợ Số is ready in ${seconds}s\x1b[0m

  Storefront   ${storefrontUrl}
  Admin        http://localhost:${backendPort}/app
               admin@choso.vn / choso-admin-2026
               Người bán: seller approvals · Thư đã gửi: e-mails sent in development
  Shopper      khach@choso.vn / choso-khach-2026
  Sellers      ${storefrontUrl}/kenh-nguoi-ban, password choso-nguoiban-2026 for every member
               htx-ong-tram-xanh-u-minh@nguoiban.choso.vn (cooperative)
               ho-banh-trang-co-sau@nguoiban.choso.vn (household)
               ho-rau-sach-tra-que@nguoiban.choso.vn applied and waits in Admin → Người bán
               OCOP certificates: sellers submit at /kenh-nguoi-ban/ocop, Admin → Chứng nhận OCOP reviews
  Traceability lots, steps and A4 QR labels at ${storefrontUrl}/kenh-nguoi-ban/lo-hang (the cooperative above);
               a label's QR opens ${storefrontUrl}/01/<gtin>/10/<lot> or /t/<code>; Admin → Truy xuất nguồn gốc,
               and an order's page assigns lots to its lines (the shopper's order page links each line's lot)
  Stall vendor ${storefrontUrl}/ban-hang — p2a12@quay.choso.vn / choso-quay-2026 (Chợ Phường 2, A12)
               every seeded stall: <stall code>@quay.choso.vn; Admin → Chợ 4.0 for markets and stalls
  VNPay        ${vnpay.sandbox ? `local sandbox http://localhost:${sandboxPort} (no real money)` : vnpay.env.VNPAY_URL}
  ${
    sepay.sandbox
      ? `Ngân hàng thử nghiệm (bank sandbox): http://localhost:${bankSandboxPort}
               plays the customer's bank: pay a stall's VietQR, SePay's webhook goes to the backend`
      : "SePay        real bank-transfer webhooks (SEPAY_WEBHOOK_* set), no bank sandbox"
  }
  Database     ${postgres ? `embedded PostgreSQL on :${postgres.port} (.data/postgres)` : redact(databaseUrl)}

  Ctrl-C stops everything.
`)
}

main().catch((error) => fail(error.message))
