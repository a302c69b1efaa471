import { randomUUID } from "node:crypto"
import http from "node:http"
import { performance } from "node:perf_hooks"
import { gzipSync } from "node:zlib"
import { digitalLinkPath, gtinCheckDigit, lotEpcClass, TRACE_STEPS, toGtin14 } from "@choso/trace-rules"
import { chainEntry, generateSigningKeyValue, loadSigningKey, signHead, verifyChain } from "@choso/trace-rules/chain"
import { buildTraceEvent } from "@choso/trace-rules/epcis"
import { measure } from "./bench-run.mjs"

// The seeded cooperative (seed step sellers-2026-12; README lists the login, demo password outside production).
const SELLER = { email: "htx-ong-tram-xanh-u-minh@nguoiban.choso.vn", password: "choso-nguoiban-2026" }
const DAY_MS = 86_400_000

function percentile(sorted, p) {
  if (!sorted.length) return null
  const ms = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
  return ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)
}

function summary(samples) {
  const sorted = samples.slice().sort((a, b) => a - b)
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  }
}

async function json(url, { method = "GET", body, headers = {} } = {}) {
  const res = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const data = await res.json().catch(() => null)
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(data)}`)
  return data
}

/**
 * One GET over plain node:http on a fresh connection, as a phone scanning a label opens one:
 * time to the first byte of the body (the status line and headers come with it or before) and
 * to the end, status and size.
 */
function timedGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    let ttfb = null
    let size = 0
    const req = http.get(url, { headers, agent: false }, (res) => {
      res.on("data", (chunk) => {
        if (ttfb === null) ttfb = performance.now() - started
        size += chunk.length
      })
      res.on("end", () => {
        const total = performance.now() - started
        resolve({ status: res.statusCode, ttfb: ttfb ?? total, total, size })
      })
      res.on("error", reject)
    })
    req.on("error", reject)
  })
}

/** `count` sequential timed GETs after `warmup` unmeasured ones; throws on a non-200. */
async function sequential(url, { count, warmup, headers }) {
  for (let i = 0; i < warmup; i++) {
    const r = await timedGet(url, headers)
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status}`)
  }
  const ttfb = []
  const total = []
  let size = 0
  for (let i = 0; i < count; i++) {
    const r = await timedGet(url, headers)
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status}`)
    ttfb.push(r.ttfb)
    total.push(r.total)
    size = r.size
  }
  return { ttfb: summary(ttfb), total: summary(total), size }
}

/** An illustration GTIN-14 (restricted circulation, prefix 2x, never 893) for the bench's variant. */
function benchGtin() {
  const body = `29${String(Date.now()).slice(-10)}`
  return toGtin14(`${body}${gtinCheckDigit(body)}`)
}

/** The 50 steps of the bench's lot: harvest, processing, packing, then handling, shipping, receiving. */
function benchSteps(count) {
  const middle = ["inspecting", "storing"]
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return "harvest"
    if (i === 1) return "processing"
    if (i === 2) return "packing"
    if (i === count - 2) return "shipping"
    if (i === count - 1) return "receiving"
    return middle[i % 2]
  })
}

/**
 * A lot with `events` events made through the seller channel (/vendor/trace/*, as the seeded
 * cooperative): sign in, pick its first variant, create the lot with a GTIN, record the steps
 * one by one (times from 40 days ago, an hour apart).
 */
async function makeLot(backendUrl, events) {
  const { token } = await json(`${backendUrl}/auth/seller/emailpass`, { method: "POST", body: SELLER })
  const auth = { authorization: `Bearer ${token}` }
  const { variants } = await json(`${backendUrl}/vendor/trace/variants`, { headers: auth })
  if (!variants?.length) throw new Error("The seeded cooperative has no variant to open a lot for")
  const start = Date.now() - 40 * DAY_MS
  const day = (ms) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10)
  const gtin = benchGtin()
  const code = `BENCH-${Date.now().toString(36).toUpperCase()}`
  const { lot } = await json(`${backendUrl}/vendor/trace/lots`, {
    method: "POST",
    headers: auth,
    body: {
      variant_id: variants[0].id,
      code,
      gtin,
      produced_on: day(start),
      expires_on: day(start + 730 * DAY_MS),
      quantity: 500,
      unit: "chai",
      origin_ward_code: "32047",
      origin_place: "Rừng tràm U Minh Hạ, kèo ong ấp 7, xã U Minh (bench)",
    },
  })
  const steps = benchSteps(events)
  const t0 = performance.now()
  for (const [i, step] of steps.entries()) {
    await json(`${backendUrl}/vendor/trace/lots/${lot.id}/events`, {
      method: "POST",
      headers: auth,
      body: {
        step,
        event_time: new Date(start + 6 * 3_600_000 + i * 3_600_000).toISOString(),
        quantity: 500,
        note: `Bench ${i + 1}/${events}`,
      },
    })
  }
  const recordMs = performance.now() - t0
  return { token, lot: { ...lot, gtin: lot.gtin ?? gtin, code }, recordMs }
}

/**
 * The chain status shoppers see for the cooperative's seeded lots (step trace-2026-12): the seed
 * signs with the TRACE_SIGNING_KEY the production server verifies with, or every one is "broken".
 */
async function seededChains(backendUrl, token, publishableKey) {
  const { lots } = await json(`${backendUrl}/vendor/trace/lots?limit=100`, {
    headers: { authorization: `Bearer ${token}` },
  })
  const statuses = {}
  for (const lot of lots.filter((l) => !l.code.startsWith("BENCH-"))) {
    const { trace } = await json(`${backendUrl}/store/trace/lots/by-code/${lot.short_code}`, {
      headers: { "x-publishable-api-key": publishableKey },
    })
    statuses[trace.chain.status] = (statuses[trace.chain.status] ?? 0) + 1
  }
  return statuses
}

/**
 * The seller's storefront session: the sign-in form posted as a browser does (same-origin), its
 * 303 carrying the choso_seller cookie.
 */
async function storefrontSession(storefrontUrl) {
  const res = await fetch(`${storefrontUrl}/kenh-nguoi-ban/dang-nhap`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: storefrontUrl },
    body: new URLSearchParams({ email: SELLER.email, password: SELLER.password }).toString(),
  })
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0])
  if (res.status !== 303 || !cookies.length) {
    throw new Error(`Storefront sign-in as ${SELLER.email}: ${res.status}, no session cookie`)
  }
  return cookies.join("; ")
}

/**
 * A chain of `count` entries built and signed in-process as the service builds them (chainEntry,
 * signHead), then `verifyChain` timed `runs` times.
 */
function verifyBench(count, runs = 5) {
  const key = loadSigningKey(generateSigningKeyValue())
  const lot_id = `lot_bench_${count}`
  const epcClass = lotEpcClass({ gtin: benchGtin(), code: "BENCH-10K", short_code: "BENCH00" })
  const t0 = performance.now()
  const entries = []
  let prev = null
  const start = Date.now() - count * 60_000
  for (let i = 0; i < count; i++) {
    const step = i === 0 ? "harvest" : TRACE_STEPS[2 + (i % 4)]
    const event = buildTraceEvent({
      step,
      lot: { epcClass },
      eventTime: new Date(start + i * 60_000).toISOString(),
      quantity: { value: 500 },
      readPoint: "https://choso.vn/dia-danh/32047",
      bizLocation: "https://choso.vn/dia-danh/32047",
      placeName: "Xưởng lọc mật, ấp 7, xã U Minh",
      note: `Sự kiện ${i + 1}`,
    })
    const entry = chainEntry(prev, {
      id: `tev_${randomUUID()}`,
      lot_id,
      event,
      recorded_at: new Date(start + i * 60_000 + 1000).toISOString(),
      recorded_by: "bench",
      source: "app",
    })
    entries.push(entry)
    prev = { seq: entry.seq, hash: entry.hash }
  }
  const head = {
    seq: prev.seq,
    hash: prev.hash,
    signature: signHead({ lot_id, seq: prev.seq, hash: prev.hash }, key),
    key_id: key.keyId,
  }
  const buildMs = performance.now() - t0
  const times = []
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    const result = verifyChain({ lot_id, entries, head, publicKeys: { [key.keyId]: key.publicKey } })
    times.push(performance.now() - t)
    if (!result.ok) throw new Error(`verifyChain of the bench chain: ${JSON.stringify(result)}`)
  }
  // One changed entry in the middle must be found, or the timing above means nothing.
  const tampered = entries.slice()
  const middle = Math.floor(count / 2)
  tampered[middle] = { ...tampered[middle], event: { ...tampered[middle].event, "choso:note": "sửa" } }
  const caught = verifyChain({ lot_id, entries: tampered, head, publicKeys: { [key.keyId]: key.publicKey } })
  if (caught.ok || caught.broken.seq !== middle + 1) throw new Error("verifyChain missed a changed entry")
  const sorted = times.slice().sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return { count, buildMs, runs, medianMs: median, minMs: sorted[0], perSecond: Math.round(count / (median / 1000)) }
}

/**
 * What a first visit downloads before images, gzip-compressed as the server sends it: the HTML, its
 * stylesheets and every script it loads or preloads (with the strings its script fetches).
 */
export async function pageWeight(pageUrl) {
  const html = await (await fetch(pageUrl)).text()
  const refs = (pattern) => [...html.matchAll(pattern)].map((m) => new URL(m[1].replace(/&amp;/g, "&"), pageUrl).href)
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)
  const js = [
    ...new Set([
      ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
      ...refs(/<script[^>]*src="([^"]+)"/g),
      ...refs(/import\s*(?:[^"'()]*from\s*)?["']([^"']+\.js)["']/g),
      ...refs(/import\(["']([^"']+\.js)["']\)/g),
    ]),
  ]
  const gzipped = async (urls) => {
    let bytes = 0
    for (const url of urls) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length
    return bytes
  }
  // What the page preloads for its script (the UI strings of its language).
  const data = refs(/<link[^>]*rel="preload"[^>]*href="([^"]+)"/g)
  const weight = {
    html: gzipSync(Buffer.from(html)).length,
    css: await gzipped(css),
    js: (await gzipped(js)) + (await gzipped(data)),
    scripts: js.length + data.length,
  }
  return { ...weight, total: weight.html + weight.css + weight.js }
}

/**
 * Traceability on the running stack:
 * (1) a lot with `events` events made through /vendor/trace (seeded cooperative), then its
 *     storefront trace page at the Digital Link path: `count` sequential requests on fresh
 *     connections after `warmup` (TTFB and full page), and autocannon with `connections` for req/s;
 *     the store API read behind it (by-gtin) the same way;
 * (2) verifyChain over a 10,000-event chain built and signed in-process (ms, events/s), and over 50;
 * (3) the seller channel's A4 label sheet page for 650 small and 21 medium labels (signed-in cookie).
 */
export async function benchTrace({
  backendUrl,
  storefrontUrl,
  publishableKey,
  events = 50,
  count = 200,
  warmup = 20,
  connections = 10,
  duration = 10,
  chainSize = 10_000,
  labelRuns = 10,
}) {
  const made = await makeLot(backendUrl, events)
  const { lot } = made
  const seeded = await seededChains(backendUrl, made.token, publishableKey)
  const pagePath = digitalLinkPath(lot.gtin, lot.code, lot.expires_on)
  const pageUrl = `${storefrontUrl}${pagePath}`
  const check = await fetch(pageUrl)
  const html = await check.text()
  if (check.status !== 200 || !html.includes(lot.code)) {
    throw new Error(
      `Trace page ${pagePath}: ${check.status}${html.includes(lot.code) ? "" : ", lot code not on the page"}`
    )
  }
  const page = await sequential(pageUrl, { count, warmup })
  const apiUrl = `${backendUrl}/store/trace/lots/by-gtin/${lot.gtin}/${encodeURIComponent(lot.code)}`
  const apiHeaders = { "x-publishable-api-key": publishableKey }
  const view = await (await fetch(apiUrl, { headers: apiHeaders })).json()
  if (view?.trace?.chain?.status !== "intact" || view.trace.events.length !== events) {
    throw new Error(
      `The bench lot's trace: ${JSON.stringify(view?.trace?.chain)} with ${view?.trace?.events?.length} events`
    )
  }
  const api = await sequential(apiUrl, { count, warmup, headers: apiHeaders })
  await measure({ title: "warm-up", url: pageUrl, connections: 2, duration: 2 })
  const load = await measure({ title: `storefront trace page ${pagePath}`, url: pageUrl, connections, duration })

  const weight = {
    trace: await pageWeight(pageUrl),
    product: await pageWeight(`${storefrontUrl}/san-pham/mat-ong-rung-tram-u-minh`),
  }

  const verify = verifyBench(chainSize)
  const verifySmall = verifyBench(events, 50)

  const cookie = await storefrontSession(storefrontUrl)
  const labels = []
  for (const [size, n] of [
    ["small", 650],
    ["medium", 21],
  ]) {
    const url = `${storefrontUrl}/kenh-nguoi-ban/lo-hang/${lot.id}/tem?size=${size}&count=${n}`
    const first = await fetch(url, { headers: { cookie }, redirect: "manual" })
    const body = await first.text()
    if (first.status !== 200) throw new Error(`Label sheet ${size}×${n}: ${first.status}`)
    const result = await sequential(url, { count: labelRuns, warmup: 1, headers: { cookie } })
    const printed = (body.match(/data-label-index=/g) ?? []).length
    if (printed !== n) throw new Error(`Label sheet ${size}×${n}: ${printed} labels on the page`)
    labels.push({
      label: size,
      n,
      sheets: (body.match(/class="label-sheet"/g) ?? []).length,
      ttfb: result.ttfb,
      total: result.total,
      bytes: result.size,
    })
  }

  return {
    seeded,
    events,
    lot: { id: lot.id, code: lot.code, gtin: lot.gtin },
    pagePath,
    recordMs: made.recordMs,
    page,
    api,
    load,
    weight,
    verify,
    verifySmall,
    labels,
  }
}

const kib = (bytes) => (bytes / 1024).toFixed(1)

export function traceReport(r) {
  const row = (name, s) =>
    `| ${name} | ${s.ttfb.p50} | ${s.ttfb.p95} | ${s.ttfb.p99} | ${s.total.p50} | ${s.total.p95} | ${s.total.p99} | ${s.ttfb.n} | ${Math.round(s.size / 1024)} KiB |`
  return [
    `\nTraceability — a lot with ${r.events} events (${r.lot.code}, GTIN ${r.lot.gtin} illustration), made through /vendor/trace in ` +
      `${(r.recordMs / 1000).toFixed(1)}s (${(r.recordMs / r.events).toFixed(0)} ms per recorded step)`,
    "| sequential, fresh connection each | TTFB p50 ms | TTFB p95 | TTFB p99 | full p50 ms | full p95 | full p99 | requests | size |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    row(`storefront trace page ${r.pagePath}`, r.page),
    row("GET /store/trace/lots/by-gtin/… (the page's backend read, verifies the chain)", r.api),
    `Under load (autocannon): ${r.load.title} — ${r.load.rps} req/s, p50 ${r.load.p50} ms, p95 ${r.load.p95} ms, ` +
      `p99 ${r.load.p99} ms (${r.load.requests} requests, non-2xx ${r.load.non2xx}, errors ${r.load.errors})`,
    ...Object.entries(r.weight).map(
      ([page, w]) =>
        `First visit, ${page} page (gzip, before images): ${kib(w.total)} KiB = HTML ${kib(w.html)} + CSS ${kib(w.css)} + ` +
        `JavaScript ${kib(w.js)} KiB in ${w.scripts} file${w.scripts === 1 ? "" : "s"}`
    ),
    `verifyChain (in-process, @choso/trace-rules/chain): ${r.verify.count} events in ${r.verify.medianMs.toFixed(0)} ms ` +
      `median of ${r.verify.runs} (min ${r.verify.minMs.toFixed(0)} ms) = ${r.verify.perSecond} events/s; ` +
      `${r.verifySmall.count} events in ${r.verifySmall.medianMs.toFixed(2)} ms; building and signing the ` +
      `${r.verify.count}-event chain took ${(r.verify.buildMs / 1000).toFixed(1)}s; a changed entry in the middle is caught`,
    `The cooperative's seeded lots as shoppers see their chains: ${JSON.stringify(r.seeded)}`,
    ...r.labels.map(
      (l) =>
        `Label sheet ${l.label} × ${l.n} (${l.sheets} A4 sheet${l.sheets === 1 ? "" : "s"}, ${Math.round(l.bytes / 1024)} KiB HTML): ` +
        `full page p50 ${l.total.p50} ms, p95 ${l.total.p95} ms, max ${l.total.max} ms; TTFB p50 ${l.ttfb.p50} ms over ${l.total.n} requests`
    ),
  ]
}
