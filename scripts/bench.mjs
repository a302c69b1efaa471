#!/usr/bin/env node
// `npm run bench`: production builds of backend and storefront on a fresh database
// (DATABASE_URL's server, else localhost:5432, else embedded PostgreSQL), the demo seed, then
// autocannon against the store API and the storefront pages — at the seeded size and again
// after seed:scale (BENCH_SCALE_PRODUCTS, default 10,000). Prints p50/p95/p99 and req/s.
import { createWriteStream, mkdirSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { measure, printTable } from "./lib/bench-run.mjs"
import { treeRssMiB } from "./lib/memory.mjs"
import { findFreePort } from "./lib/ports.mjs"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { ProcessGroup, run } from "./lib/processes.mjs"
import { benchIpn } from "./lib/bench-ipn.mjs"
import {
  BACKEND,
  ROOT,
  backendEnv,
  buildIfNeeded,
  localSecrets,
  migrate,
  seed,
  startBackend,
  startStorefront,
  startVNPaySandbox,
  waitForHttp,
} from "./lib/stack.mjs"

const duration = Number(process.env.BENCH_DURATION || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const scaleTarget = Number(process.env.BENCH_SCALE_PRODUCTS || 10_000)
const ipnPayments = Number(process.env.BENCH_IPN_PAYMENTS || 100)
const group = new ProcessGroup()
let embedded = null
let dropDatabase = async () => {}

async function serverUrl() {
  if (process.env.DATABASE_URL) return new URL(process.env.DATABASE_URL)
  const probe = new pg.Client({ host: "localhost", port: 5432, user: "postgres", database: "postgres", connectionTimeoutMillis: 2000 })
  try {
    await probe.connect()
    await probe.end()
    return new URL("postgres://postgres@localhost:5432/postgres")
  } catch {
    embedded = await startEmbeddedPostgres(path.join(ROOT, ".data/bench-postgres"), { database: "postgres" })
    return new URL(embedded.url)
  }
}

async function freshDatabase() {
  const server = await serverUrl()
  const name = `choso_bench_${Date.now()}`
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString() })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString() })
    await c.connect()
    await c.query(`drop database if exists ${name} with (force)`)
    await c.end()
  }
  return Object.assign(new URL(server), { pathname: `/${name}` }).toString()
}

async function scenarios(backendUrl, storefrontUrl, key) {
  const headers = { "x-publishable-api-key": key }
  const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
  // The fields the storefront's product cards ask for (explicit lists; Medusa's defaults cost ~3x).
  const cardFields = "id,handle,title,subtitle,thumbnail,metadata,variants.id,*variants.calculated_price"
  const list = `${backendUrl}/store/products?limit=20&region_id=${regions[0].id}&fields=${cardFields}`
  const { products } = await (await fetch(list, { headers })).json()
  return [
    { title: "GET /store/products (20, with prices)", url: list, headers },
    { title: "storefront home /", url: `${storefrontUrl}/` },
    { title: `storefront product /san-pham/${products[0].handle}`, url: `${storefrontUrl}/san-pham/${products[0].handle}` },
  ]
}

async function orderCount(backendUrl) {
  const auth = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@choso.vn", password: "choso-admin-2026" }),
  })
  const { token } = await auth.json()
  const res = await fetch(`${backendUrl}/admin/orders?limit=1&fields=id`, { headers: { authorization: `Bearer ${token}` } })
  return (await res.json()).count
}

async function runAll(label, list, pids) {
  const rows = []
  for (const s of list) {
    await measure({ ...s, connections: 2, duration: 2 }) // warm-up
    rows.push(await measure({ ...s, connections, duration }))
  }
  printTable(`${label} — ${connections} connections, ${duration}s each`, rows)
  console.log(`Memory after load: backend ${treeRssMiB(pids.backend)} MiB, storefront ${treeRssMiB(pids.storefront)} MiB (RSS, process trees)`)
}

async function main() {
  mkdirSync(path.join(ROOT, ".data"), { recursive: true })
  console.log("Building (production) when sources changed…")
  await buildIfNeeded()
  const databaseUrl = await freshDatabase()
  const backendPort = await findFreePort(19100)
  const storefrontPort = await findFreePort(13100)
  const backendUrl = `http://localhost:${backendPort}`
  const storefrontUrl = `http://localhost:${storefrontPort}`
  const sandboxPort = await findFreePort(18190)
  const sandboxUrl = `http://localhost:${sandboxPort}`
  const secrets = localSecrets()
  const vnpayEnv = {
    VNPAY_TMN_CODE: "CHOSOBCH",
    VNPAY_HASH_SECRET: secrets.VNPAY_SANDBOX_SECRET,
    VNPAY_URL: `${sandboxUrl}/paymentv2/vpcpay.html`,
    VNPAY_RETURN_URL: `${storefrontUrl}/thanh-toan/vnpay`,
  }
  const env = backendEnv({ databaseUrl, backendPort, storefrontUrl, production: true, secrets, vnpayEnv })
  const logFile = createWriteStream(path.join(ROOT, ".data/bench-servers.log"))
  startVNPaySandbox(group, { port: sandboxPort, vnpayEnv, ipnUrl: `${backendUrl}/hooks/vnpay/ipn`, logFile })
  await waitForHttp(`${sandboxUrl}/_sandbox/health`)
  await migrate(env)
  const { publishableKey, products } = await seed(env, path.join(ROOT, ".data/bench-seed.json"))
  console.log(`Seeded ${products} products`)

  const start = async () => {
    const backend = startBackend(group, env, { production: true, logFile })
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
    const storefront = startStorefront(group, { port: storefrontPort, backendUrl, publishableKey, production: true, logFile, secrets })
    await waitForHttp(`${storefrontUrl}/healthz`, { isAlive: () => storefront.exitCode === null })
    return { backend: backend.pid, storefront: storefront.pid }
  }
  let pids = await start()
  console.log(`Memory at rest: backend ${treeRssMiB(pids.backend)} MiB, storefront ${treeRssMiB(pids.storefront)} MiB`)
  await runAll(`Seeded catalog (${products} products)`, await scenarios(backendUrl, storefrontUrl, publishableKey), pids)

  const ordersBefore = await orderCount(backendUrl)
  const ipn = await benchIpn({ backendUrl, sandboxUrl, publishableKey, payments: ipnPayments })
  printTable("VNPay IPN (each distinct IPN verifies, asks querydr, captures and completes a cart)", ipn.rows)
  const ordersAfter = await orderCount(backendUrl)
  console.log(`Distinct IPN replies: ${JSON.stringify(ipn.replies)}; storm replies: ${JSON.stringify(ipn.stormReplies)}`)
  console.log(`Orders created: ${ordersAfter - ordersBefore} for ${ipnPayments + 1} paid payments (storm included)`)

  if (scaleTarget > products) {
    await group.stopAll()
    console.log(`\nseed:scale to ${scaleTarget} products…`)
    const t0 = Date.now()
    await run(path.join(ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/seed-scale.ts"], {
      cwd: BACKEND,
      env: { ...env, NODE_ENV: "development", SEED_SCALE_PRODUCTS: String(scaleTarget) },
      quiet: true,
    })
    console.log(`seed:scale took ${((Date.now() - t0) / 1000).toFixed(0)}s`)
    pids = await start()
    await runAll(`Scaled catalog (${scaleTarget} products)`, await scenarios(backendUrl, storefrontUrl, publishableKey), pids)
  }
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(async () => {
    await group.stopAll()
    await dropDatabase().catch(() => {})
    if (embedded) await embedded.stop()
  })
