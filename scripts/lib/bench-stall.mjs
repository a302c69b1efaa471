import { randomInt } from "node:crypto"
import http from "node:http"
import { performance } from "node:perf_hooks"
import { sepaySignature } from "@choso/market-rules/sepay"

// The seeded Chợ Phường 2 vendor (seed step markets-2026-12; README lists the login).
const VENDOR = { email: "p2a12@quay.choso.vn", password: "choso-quay-2026" }

function percentile(sorted, p) {
  if (!sorted.length) return null
  const ms = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
  return ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)
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

/** A phone of the seeded vendor: sign in once, get a device token. */
async function vendorPhone(backendUrl) {
  const { token } = await json(`${backendUrl}/auth/seller/emailpass`, { method: "POST", body: VENDOR })
  const { token: device } = await json(`${backendUrl}/vendor/market/devices`, {
    method: "POST",
    body: { label: "bench" },
    headers: { authorization: `Bearer ${token}` },
  })
  const { stall } = await json(`${backendUrl}/stall/me`, { headers: { "x-stall-device": device } })
  return { device, stall }
}

/**
 * One vendor screen: an SSE connection on /stall/feed that calls `onPaid(reference, at)` for each
 * paid event. Plain node:http (one socket each), as a phone holds one.
 */
async function openScreen(backendUrl, device, onPaid) {
  // From now on: the stall's last event so far (a reconnecting screen would send it as Last-Event-ID).
  const { last_seq: after } = await json(`${backendUrl}/stall/today`, { headers: { "x-stall-device": device } })
  return new Promise((resolve, reject) => {
    const agent = new http.Agent({ keepAlive: false })
    const req = http.get(`${backendUrl}/stall/feed?after=${after}`, {
      agent,
      headers: { "x-stall-device": device, accept: "text/event-stream" },
    })
    req.on("response", (res) => {
      if (res.statusCode !== 200) return reject(new Error(`SSE ${res.statusCode}`))
      res.setEncoding("utf8")
      let buffer = ""
      res.on("data", (chunk) => {
        const at = performance.now()
        buffer += chunk
        let end = buffer.indexOf("\n\n")
        while (end >= 0) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          if (frame.includes("event: paid")) {
            const data = frame.split("\n").find((line) => line.startsWith("data: "))
            if (data) onPaid(JSON.parse(data.slice(6)).request.reference, at)
          }
          end = buffer.indexOf("\n\n")
        }
      })
      resolve({ close: () => req.destroy() })
    })
    req.on("error", reject)
  })
}

function delivery(secret, stall, request, id) {
  const body = JSON.stringify({
    id,
    gateway: "Vietcombank",
    transactionDate: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 19).replace("T", " "),
    accountNumber: stall.account,
    code: null,
    content: `${request.reference} chuyen tien`,
    transferType: "in",
    transferAmount: request.amount,
    accumulated: 0,
    subAccount: null,
    referenceCode: `BENCH.${id}`,
    description: "",
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-sepay-timestamp": timestamp,
      "x-sepay-signature": sepaySignature(secret, timestamp, body),
    },
  }
}

async function requests(backendUrl, device, count) {
  const made = []
  for (let i = 0; i < count; i++) {
    const { request } = await json(`${backendUrl}/stall/payment-requests`, {
      method: "POST",
      body: { amount: 10_000 + i, rail: "vietqr" },
      headers: { "x-stall-device": device },
    })
    made.push(request)
  }
  return made
}

/**
 * Chợ 4.0 on the running stack: (1) confirmations/s end to end — `count` signed SePay webhooks,
 * `connections` at a time, each paying a pending request, until every "paid" event reached a
 * vendor screen; (2) with `screens` SSE screens of one stall open (the worst case: every event
 * goes to all of them), webhook-in → screen latency p50/p99 over every screen and event, paced at
 * `pace` webhooks/s; and the backend server's memory with those connections open.
 */
export async function benchStall({ backendUrl, db, secret, screens, count, connections, pace = 20, rss }) {
  const { device, stall } = await vendorPhone(backendUrl)
  const { rows } = await db.query("select bank_account from stall where id = $1", [stall.id])
  const target = { account: rows[0].bank_account }
  const sendTimes = new Map()
  const seen = new Map()
  const watcherLatencies = []
  const watcher = await openScreen(backendUrl, device, (reference, at) => {
    if (!seen.has(reference)) seen.set(reference, at)
  })

  // (1) Throughput: requests made first (not measured), then every webhook at once.
  const batch = await requests(backendUrl, device, count)
  let nextId = randomInt(1e8, 9e8)
  const started = performance.now()
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const post = ({ body, headers }) =>
    new Promise((resolve, reject) => {
      const req = http.request(`${backendUrl}/hooks/sepay`, { method: "POST", agent, headers }, (res) => {
        res.resume()
        res.on("end", () => resolve(res.statusCode))
      })
      req.on("error", reject)
      req.end(body)
    })
  const statuses = {}
  let i = 0
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (i < batch.length) {
        const request = batch[i++]
        sendTimes.set(request.reference, performance.now())
        const status = await post(delivery(secret, target, request, nextId++))
        statuses[status] = (statuses[status] ?? 0) + 1
      }
    })
  )
  const deadline = Date.now() + 60_000
  while (batch.some((r) => !seen.has(r.reference)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  const lastSeen = Math.max(...batch.map((r) => seen.get(r.reference) ?? performance.now()))
  for (const r of batch)
    if (seen.has(r.reference)) watcherLatencies.push(seen.get(r.reference) - sendTimes.get(r.reference))
  const throughput = {
    count,
    confirmed: batch.filter((r) => seen.has(r.reference)).length,
    seconds: (lastSeen - started) / 1000,
    statuses,
  }

  // (2) Latency with `screens` screens open.
  const rssBefore = rss()
  const received = []
  const open = []
  for (let s = 0; s < screens; s++) {
    open.push(
      await openScreen(backendUrl, device, (reference, at) => {
        const sent = sendTimes.get(reference)
        if (sent !== undefined) received.push(at - sent)
      })
    )
  }
  await new Promise((r) => setTimeout(r, 1000))
  const rssOpen = rss()
  const paced = await requests(backendUrl, device, Math.min(100, count))
  sendTimes.clear()
  for (const request of paced) {
    sendTimes.set(request.reference, performance.now())
    await post(delivery(secret, target, request, nextId++))
    await new Promise((r) => setTimeout(r, 1000 / pace))
  }
  const expected = paced.length * screens
  const until = Date.now() + 30_000
  while (received.length < expected && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
  const rssAfter = rss()
  for (const screen of open) screen.close()
  watcher.close()
  const sorted = received.slice().sort((a, b) => a - b)
  return {
    stall: stall.display_name,
    throughput,
    latency: {
      screens,
      events: paced.length,
      deliveries: received.length,
      expected,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: percentile(sorted, 100),
    },
    memory: { before: rssBefore, open: rssOpen, after: rssAfter },
  }
}

export function stallReport(result) {
  const { throughput: t, latency: l, memory: m } = result
  return [
    `Chợ 4.0 (${result.stall}): ${t.confirmed}/${t.count} SePay webhooks → paid → event on a vendor screen in ` +
      `${t.seconds.toFixed(2)}s = ${(t.confirmed / t.seconds).toFixed(0)} confirmations/s end to end ` +
      `(goal ≥ 100/s); webhook answers ${JSON.stringify(t.statuses)}`,
    `With ${l.screens} SSE screens of that stall open: webhook in → screen event p50 ${l.p50} ms, p99 ${l.p99} ms, ` +
      `max ${l.max} ms over ${l.deliveries}/${l.expected} deliveries of ${l.events} payments (goal p99 ≤ 150 ms)`,
    `Backend server memory: ${m.before} before the screens, ${m.open} with ${l.screens} open, ${m.after} after the payments`,
  ]
}
