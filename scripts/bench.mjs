#!/usr/bin/env node
// `npm run bench`: production builds of backend and storefront on a fresh database
// (DATABASE_URL's server, else localhost:5432, else embedded PostgreSQL), the demo seed, the
// backend as production runs it (a server and a worker over Redis, BENCH_REDIS_URL), then
// autocannon against the store API and the storefront pages, VNPay IPNs while their orders are
// made, and the pages again after seed:scale (BENCH_SCALE_PRODUCTS, default 10,000; 0 skips).
// Between the pages and the IPNs, a seller uploads 3 MB phone photos, 4 at a time (BENCH_PHOTOS=0
// skips). Then traceability: a lot with 50 events made through /vendor/trace and its storefront trace
// page's TTFB, verifyChain over a 10,000-event chain, the A4 label sheets (650 small, 21 medium).
// Prints p50/p95/p99 and req/s. `npm run bench -- --only=trace` (or pages,photos,ipn,stall,trace,scale,
// comma-separated) runs only those parts on the seeded stack.
import { randomBytes } from "node:crypto"
import { createWriteStream, mkdirSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { printIpnComparison, printStoreProductsComparison, printTraceComparison } from "./lib/bench-baseline.mjs"
import { benchIpn, ipnReport } from "./lib/bench-ipn.mjs"
import { benchPhotos, makePhotos, photoReport } from "./lib/bench-photos.mjs"
import { BENCH_REDIS_URL, flushBenchRedis } from "./lib/bench-redis.mjs"
import { measure, printTable } from "./lib/bench-run.mjs"
import { benchStall, stallReport } from "./lib/bench-stall.mjs"
import { benchTrace, traceReport } from "./lib/bench-trace.mjs"
import { treeRssMiB } from "./lib/memory.mjs"
import { findFreePort } from "./lib/ports.mjs"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { ProcessGroup, run } from "./lib/processes.mjs"
import {
  BACKEND,
  backendEnv,
  buildIfNeeded,
  localSecrets,
  migrate,
  ROOT,
  seed,
  startBackend,
  startStorefront,
  startVNPaySandbox,
  waitForHttp,
} from "./lib/stack.mjs"

const duration = Number(process.env.BENCH_DURATION || 10)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const scaleTarget = Number(process.env.BENCH_SCALE_PRODUCTS || 10_000)
const ipnCount = Number(process.env.BENCH_IPN_COUNT || 1000)
const ipnConnections = Number(process.env.BENCH_IPN_CONNECTIONS || 10)
const prepareConcurrency = Number(process.env.BENCH_PREPARE_CONCURRENCY || 16)
const photosOn = process.env.BENCH_PHOTOS !== "0"
const photoCount = Number(process.env.BENCH_PHOTO_COUNT || 40)
const photoConcurrency = Number(process.env.BENCH_PHOTO_CONCURRENCY || 4)
const stallCount = Number(process.env.BENCH_STALL_COUNT || 500)
const stallScreens = Number(process.env.BENCH_STALL_SCREENS || 1000)
const traceEvents = Number(process.env.BENCH_TRACE_EVENTS || 50)
const traceChain = Number(process.env.BENCH_TRACE_CHAIN || 10_000)
const PARTS = ["pages", "photos", "ipn", "stall", "trace", "scale"]
const only = parseOnly(process.argv.slice(2))
/** Whether this run does `part` (every part unless --only names some). */
const wants = (part) => !only || only.has(part)
const group = new ProcessGroup()
let embedded = null
let dropDatabase = async () => {}

function parseOnly(args) {
  const flag = args.find((a) => a.startsWith("--only="))
  if (!flag) return null
  const parts = new Set(
    flag
      .slice("--only=".length)
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)
  )
  const unknown = [...parts].filter((p) => !PARTS.includes(p))
  if (unknown.length || !parts.size) {
    throw new Error(`--only takes some of ${PARTS.join(", ")} (comma-separated); got "${flag}"`)
  }
  return parts
}

async function serverUrl() {
  if (process.env.DATABASE_URL) return new URL(process.env.DATABASE_URL)
  const probe = new pg.Client({
    host: "localhost",
    port: 5432,
    user: "postgres",
    database: "postgres",
    connectionTimeoutMillis: 2000,
  })
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
  const admin = new pg.Client({
    connectionString: Object.assign(new URL(server), { pathname: "/postgres" }).toString(),
  })
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
  const cardFields =
    "id,handle,title,subtitle,thumbnail,metadata,variants.id,*variants.calculated_price," +
    "+ocop_badge.stars,+ocop_badge.group,+ocop_badge.valid_until"
  const list = `${backendUrl}/store/products?limit=20&region_id=${regions[0].id}&fields=${cardFields}`
  const { products } = await (await fetch(list, { headers })).json()
  return [
    { title: "GET /store/products (20, with prices)", url: list, headers },
    { title: "storefront home /", url: `${storefrontUrl}/` },
    {
      title: `storefront product /san-pham/${products[0].handle}`,
      url: `${storefrontUrl}/san-pham/${products[0].handle}`,
    },
  ]
}

async function runAll(label, list, pids) {
  const rows = []
  for (const s of list) {
    await measure({ ...s, connections: 2, duration: 2 }) // warm-up
    rows.push(await measure({ ...s, connections, duration }))
  }
  printTable(`${label} — ${connections} connections, ${duration}s each`, rows)
  console.log(`Memory after load: ${memory(pids)} (RSS, process trees)`)
  return rows
}

/** How many products the shopper's /store/products reads have a seller (the seller ↔ product link). */
async function sellerCoverage(databaseUrl) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows: tables } = await db.query(
      `select table_name from information_schema.columns
        where table_schema = current_schema() and table_name like '%seller%product%' and column_name = 'seller_id'`
    )
    const { rows } = await db.query("select count(*)::int as n from product where deleted_at is null")
    const total = rows[0].n
    if (tables.length !== 1) return { total, linked: null, text: "the seller ↔ product link table was not found" }
    const table = tables[0].table_name
    const { rows: linked } = await db.query(
      `select count(distinct l.product_id)::int as n from "${table}" l
         join product p on p.id = l.product_id and p.deleted_at is null where l.deleted_at is null`
    )
    return { total, linked: linked[0].n, text: `${linked[0].n} of ${total} products have a seller (${table})` }
  } finally {
    await db.end()
  }
}

function memory(pids) {
  return `backend server ${treeRssMiB(pids.backend)} MiB, worker ${treeRssMiB(pids.worker)} MiB, storefront ${treeRssMiB(pids.storefront)} MiB`
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
  const workerPort = await findFreePort(backendPort + 1)
  const secrets = localSecrets()
  const vnpayEnv = {
    VNPAY_TMN_CODE: "CHOSOBCH",
    VNPAY_HASH_SECRET: secrets.VNPAY_SANDBOX_SECRET,
    VNPAY_URL: `${sandboxUrl}/paymentv2/vpcpay.html`,
    VNPAY_RETURN_URL: `${storefrontUrl}/thanh-toan/vnpay`,
  }
  // Production refuses to start without a strong SELLER_IDENTITY_KEY (sellers' ID numbers); the
  // database is thrown away after the run, so a fresh key does. The seed encrypts with the same one.
  const sellerEnv = {
    SELLER_IDENTITY_KEY: process.env.SELLER_IDENTITY_KEY || randomBytes(32).toString("hex"),
    STOREFRONT_URL: storefrontUrl,
    // Production refuses to start without a trace signing key; the seed signs its chains with the same one.
    TRACE_SIGNING_KEY: process.env.TRACE_SIGNING_KEY || randomBytes(32).toString("base64"),
  }
  // The seed and seed:scale run in one process without Redis, as they always have.
  const env = {
    ...backendEnv({ databaseUrl, backendPort, storefrontUrl, production: true, secrets, vnpayEnv }),
    ...sellerEnv,
  }
  const serverEnv = {
    ...backendEnv({
      databaseUrl,
      redisUrl: BENCH_REDIS_URL,
      backendPort,
      storefrontUrl,
      production: true,
      secrets,
      vnpayEnv,
    }),
    ...sellerEnv,
    // The job settles attempts still pending after this from querydr; the bench's paid attempts
    // wait for their IPN longer than the default 3 minutes while the others are prepared.
    VNPAY_RECONCILE_AFTER_SECONDS: "3600",
    SEPAY_WEBHOOK_HMAC_SECRET: secrets.BANK_SANDBOX_SECRET,
  }
  const workerEnv = { ...serverEnv, PORT: String(workerPort) }
  await flushBenchRedis()
  const logFile = createWriteStream(path.join(ROOT, ".data/bench-servers.log"))
  startVNPaySandbox(group, { port: sandboxPort, vnpayEnv, ipnUrl: `${backendUrl}/hooks/vnpay/ipn`, logFile })
  await waitForHttp(`${sandboxUrl}/_sandbox/health`)
  await migrate(env)
  const { publishableKey, products } = await seed(env, path.join(ROOT, ".data/bench-seed.json"))
  const coverage = await sellerCoverage(databaseUrl)
  console.log(`Seeded ${products} products; ${coverage.text}`)
  // Made before anything runs or is measured: sharp encoding 12-MP JPEGs takes seconds.
  const photos = wants("photos") && photosOn && photoCount > 0 ? await makePhotos(6) : []

  const start = async () => {
    const backend = startBackend(group, serverEnv, { production: true, logFile, workerMode: "server" })
    const worker = startBackend(group, workerEnv, { production: true, logFile, workerMode: "worker" })
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
    await waitForHttp(`http://localhost:${workerPort}/health`, { isAlive: () => worker.exitCode === null })
    const storefront = startStorefront(group, {
      port: storefrontPort,
      backendUrl,
      publishableKey,
      production: true,
      logFile,
      secrets,
    })
    await waitForHttp(`${storefrontUrl}/healthz`, { isAlive: () => storefront.exitCode === null })
    return { backend: backend.pid, worker: worker.pid, storefront: storefront.pid }
  }
  let pids = await start()
  console.log(`Backend: server :${backendPort} + worker :${workerPort} over Redis ${BENCH_REDIS_URL}`)
  console.log(`Memory at rest: ${memory(pids)}`)
  if (wants("pages")) {
    const seeded = await runAll(
      `Seeded catalog (${products} products)`,
      await scenarios(backendUrl, storefrontUrl, publishableKey),
      pids
    )
    printStoreProductsComparison(seeded[0], `seeded catalog (${coverage.text})`)
  }

  if (photos.length) {
    const result = await benchPhotos({
      backendUrl,
      serverPid: pids.backend,
      photos,
      count: photoCount,
      concurrency: photoConcurrency,
      staticDir: path.join(BACKEND, ".medusa/server/static"),
    })
    for (const line of photoReport(result)) console.log(line)
    console.log(`Memory after the uploads: ${memory(pids)}`)
  }

  if (wants("ipn") && ipnCount > 0) {
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    try {
      const ipn = await benchIpn({
        backendUrl,
        sandboxUrl,
        publishableKey,
        db,
        pids,
        count: ipnCount,
        connections: ipnConnections,
        prepareConcurrency,
      })
      printTable(
        `VNPay IPN (answered once recorded; the worker makes the orders) — backend server + worker over Redis`,
        [ipn.acks, ipn.storm]
      )
      for (const line of ipnReport(ipn, ipnCount)) console.log(line)
      console.log(`Memory after the IPNs: ${memory(pids)}`)
      printIpnComparison({
        label: `now (${ipnCount} IPNs, server + worker)`,
        distinct: ipn.acks,
        storm: ipn.storm,
      })
    } finally {
      await db.end()
    }
  }

  if (wants("stall") && stallCount > 0) {
    const db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    try {
      const result = await benchStall({
        backendUrl,
        db,
        secret: secrets.BANK_SANDBOX_SECRET,
        screens: stallScreens,
        count: stallCount,
        connections: ipnConnections,
        rss: () => `${treeRssMiB(pids.backend)} MiB`,
      })
      for (const line of stallReport(result)) console.log(line)
      console.log(`Memory after chợ 4.0: ${memory(pids)}`)
    } finally {
      await db.end()
    }
  }

  if (wants("trace") && traceEvents > 0) {
    const result = await benchTrace({
      backendUrl,
      storefrontUrl,
      publishableKey,
      events: traceEvents,
      chainSize: traceChain,
      connections,
      duration,
    })
    for (const line of traceReport(result)) console.log(line)
    printTraceComparison(result)
    console.log(`Memory after traceability: ${memory(pids)}`)
  }

  if (wants("scale") && scaleTarget > products) {
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
    await runAll(
      `Scaled catalog (${scaleTarget} products)`,
      await scenarios(backendUrl, storefrontUrl, publishableKey),
      pids
    )
  }
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(async () => {
    await group.stopAll()
    await flushBenchRedis().catch(() => {})
    await dropDatabase().catch(() => {})
    if (embedded) await embedded.stop()
  })
