/**
 * The IPN figures before issue 6, when the IPN itself asked querydr, captured and completed the
 * cart before answering (one backend process, no Redis; `npm run bench`, 2 cores). The bench
 * prints today's figures beside these.
 */
export const IPN_BASELINE = {
  label: "before (100 IPNs, IPN made the order)",
  distinct: { rps: 3, p50: 2941, p95: 3403, p99: 3623 },
  storm: { rps: 100, p50: 396, p95: 658, p99: 812 },
}

/** Issue 6's goal for distinct paid IPNs on 2 cores. */
export const IPN_GOAL = { rps: 200, p99: 100 }

/** One table: the baseline, today's run and the goal, row by row. */
export function printIpnComparison(now) {
  const rows = [
    ["distinct IPNs: acks/s", IPN_BASELINE.distinct.rps, now.distinct.rps, `≥ ${IPN_GOAL.rps}`],
    ["distinct IPNs: p50 ms", IPN_BASELINE.distinct.p50, now.distinct.p50, ""],
    ["distinct IPNs: p95 ms", IPN_BASELINE.distinct.p95, now.distinct.p95, ""],
    ["distinct IPNs: p99 ms", IPN_BASELINE.distinct.p99, now.distinct.p99, `≤ ${IPN_GOAL.p99}`],
    ["duplicate storm: req/s", IPN_BASELINE.storm.rps, now.storm.rps, ""],
    ["duplicate storm: p50 ms", IPN_BASELINE.storm.p50, now.storm.p50, ""],
    ["duplicate storm: p95 ms", IPN_BASELINE.storm.p95, now.storm.p95, ""],
    ["duplicate storm: p99 ms", IPN_BASELINE.storm.p99, now.storm.p99, ""],
  ]
  console.log(`\nVNPay IPN, before and now`)
  console.log(`| | ${IPN_BASELINE.label} | ${now.label} | goal |`)
  console.log("|---|---:|---:|---|")
  for (const [name, before, current, goal] of rows) console.log(`| ${name} | ${before} | ${current} | ${goal} |`)
  const met = now.distinct.rps >= IPN_GOAL.rps && now.distinct.p99 <= IPN_GOAL.p99
  console.log(`Goal (≥ ${IPN_GOAL.rps} acks/s, p99 ≤ ${IPN_GOAL.p99} ms): ${met ? "met" : "NOT met"}`)
}

/**
 * GET /store/products (20 with prices, 52 seeded products, 10 connections, 10 s) before the
 * marketplace plugin: `npm run bench` at ea49f8a, BENCH_SCALE_PRODUCTS=0, on this 2-core machine.
 */
export const STORE_PRODUCTS_BASELINE = {
  label: "before sellers (ea49f8a)",
  rps: 41,
  p50: 221,
  p95: 382,
  p99: 498,
}

/** Today's /store/products row beside the baseline's, or alone when there is none. */
export function printStoreProductsComparison(row, label) {
  const before = STORE_PRODUCTS_BASELINE
  console.log(`\n${row.title}, ${label}`)
  if (!before) {
    console.log(
      `now: ${row.rps} req/s, p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms — no earlier figure is ` +
        "recorded (STORE_PRODUCTS_BASELINE in scripts/lib/bench-baseline.mjs), so nothing to compare with"
    )
    return
  }
  console.log(`| | ${before.label} | now |`)
  console.log("|---|---:|---:|")
  for (const [name, key] of [
    ["req/s", "rps"],
    ["p50 ms", "p50"],
    ["p95 ms", "p95"],
    ["p99 ms", "p99"],
  ]) {
    console.log(`| ${name} | ${before[key]} | ${row[key]} |`)
  }
}

/**
 * Traceability's goals (issue: the trace page's TTFB p95 for a lot with 50 events on 2 cores;
 * the verification time of a 10,000-event chain and the label sheet's generation time are
 * measured, without a goal of their own).
 */
export const TRACE_GOAL = { pageTtfbP95: 100 }

/**
 * The first figures: `npm run bench -- --only=trace` at 6db7bf0 on this 2-core machine (shared with
 * other work), 50 events, sequential requests on fresh connections; printed beside each later run.
 */
export const TRACE_BASELINE = {
  label: "first run (6db7bf0)",
  pageTtfbP50: 44,
  pageTtfbP95: 59,
  pageTtfbP99: 100,
  apiTtfbP95: 16,
  pageRps: 29,
  verify10kMs: 157,
  verify50Ms: 0.84,
  labelsSmall650Ms: 52,
  labelsMedium21Ms: 29,
}

/** The trace figures beside the baseline and the goal, row by row. */
export function printTraceComparison(now) {
  const before = TRACE_BASELINE
  const label = (size, n) => now.labels.find((l) => l.label === size && l.n === n)?.total.p50 ?? null
  const current = {
    pageTtfbP50: now.page.ttfb.p50,
    pageTtfbP95: now.page.ttfb.p95,
    pageTtfbP99: now.page.ttfb.p99,
    apiTtfbP95: now.api.ttfb.p95,
    pageRps: now.load.rps,
    verify10kMs: Math.round(now.verify.medianMs),
    verify50Ms: Math.round(now.verifySmall.medianMs * 100) / 100,
    labelsSmall650Ms: label("small", 650),
    labelsMedium21Ms: label("medium", 21),
    pageWeightKiB: Math.round(now.weight.trace.total / 102.4) / 10,
  }
  const rows = [
    ["trace page TTFB p50 ms (50 events)", "pageTtfbP50", ""],
    ["trace page TTFB p95 ms (50 events)", "pageTtfbP95", `≤ ${TRACE_GOAL.pageTtfbP95}`],
    ["trace page TTFB p99 ms (50 events)", "pageTtfbP99", ""],
    ["store by-gtin TTFB p95 ms", "apiTtfbP95", ""],
    ["trace page req/s under load", "pageRps", ""],
    [`verifyChain ${now.verify.count} events, ms`, "verify10kMs", ""],
    [`verifyChain ${now.verifySmall.count} events, ms`, "verify50Ms", ""],
    ["label sheet 650 small, ms (p50)", "labelsSmall650Ms", ""],
    ["label sheet 21 medium, ms (p50)", "labelsMedium21Ms", ""],
    ["trace page first visit, KiB gzip before images", "pageWeightKiB", ""],
  ]
  console.log("\nTraceability, baseline and now")
  console.log(`| | ${before?.label ?? "baseline (none recorded yet)"} | now | goal |`)
  console.log("|---|---:|---:|---|")
  for (const [name, key, goal] of rows) console.log(`| ${name} | ${before?.[key] ?? "—"} | ${current[key]} | ${goal} |`)
  const met = current.pageTtfbP95 <= TRACE_GOAL.pageTtfbP95
  console.log(`Goal (trace page TTFB p95 ≤ ${TRACE_GOAL.pageTtfbP95} ms): ${met ? "met" : "NOT met"}`)
  return current
}
