import { createRequire } from "node:module"
import autocannon from "autocannon"

const require = createRequire(import.meta.url)
const hdr = require("hdr-histogram-js")

/**
 * One autocannon run against one URL. autocannon's own summary has no p95, so it records
 * latencies into a histogram we keep, and reads p50/p95/p99 from it.
 */
export async function measure({
  title,
  url,
  headers = {},
  connections = 10,
  duration = 10,
  method = "GET",
  body,
  amount,
  requests,
}) {
  const latencies = hdr.build({
    bitBucketSize: 64,
    autoResize: true,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000,
    numberOfSignificantValueDigits: 3,
  })
  const keep = latencies.destroy?.bind(latencies)
  latencies.destroy = () => {} // autocannon frees histograms when it finishes; we still need it
  const options = { url, headers, connections, method, body, requests, histograms: { latencies } }
  const result = await autocannon(amount ? { ...options, amount } : { ...options, duration })
  const row = {
    title,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: latencies.getValueAtPercentile(50),
    p95: latencies.getValueAtPercentile(95),
    p99: latencies.getValueAtPercentile(99),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  }
  keep?.()
  return row
}

export function printTable(title, rows) {
  console.log(`\n${title}`)
  console.log("| scenario | req/s | p50 ms | p95 ms | p99 ms | requests | non-2xx | errors |")
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|")
  for (const r of rows) {
    console.log(
      `| ${r.title} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.requests} | ${r.non2xx} | ${r.errors} |`
    )
  }
}
