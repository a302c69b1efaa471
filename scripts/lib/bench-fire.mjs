import http from "node:http"
import { performance } from "node:perf_hooks"

function get(agent, url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      let body = ""
      res.setEncoding("utf8")
      res.on("data", (chunk) => (body += chunk))
      res.on("end", () => resolve({ status: res.statusCode, body }))
      res.on("error", reject)
    })
    req.on("error", reject)
    req.setTimeout(30_000, () => req.destroy(new Error("no answer in 30 s")))
  })
}

/** Nearest-rank percentile of ascending `sorted`, in whole ms (one decimal under 10 ms). */
function percentile(sorted, p) {
  if (!sorted.length) return null
  const ms = sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]
  return ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)
}

/**
 * GETs every URL once, at most `connections` in flight over as many keep-alive sockets, and
 * times each request from send to the last byte of its answer. `replyOf(body)` names the
 * answer (VNPay's RspCode); throughput is answered requests / wall time.
 */
export async function fireEach(urls, { connections, replyOf = () => "ok", title }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies = []
  const replies = {}
  let non2xx = 0
  let errors = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: Math.min(connections, urls.length) }, async () => {
      while (next < urls.length) {
        const url = urls[next++]
        const t0 = performance.now()
        try {
          const { status, body } = await get(agent, url)
          latencies.push(performance.now() - t0)
          if (status < 200 || status > 299) non2xx++
          let reply
          try {
            reply = replyOf(body)
          } catch {
            reply = `unreadable ${status}`
          }
          replies[reply] = (replies[reply] ?? 0) + 1
        } catch {
          errors++
        }
      }
    })
  )
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    title,
    requests: latencies.length,
    seconds,
    rps: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    non2xx,
    errors,
    replies,
  }
}
