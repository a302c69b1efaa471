import { performance } from "node:perf_hooks"
import { treeCpuSeconds } from "./bench-cpu.mjs"
import { fireEach } from "./bench-fire.mjs"
import { waitForOrders } from "./bench-orders.mjs"
import { preparePaidAttempts } from "./bench-paid-attempts.mjs"

const rspCode = (body) => JSON.parse(body).RspCode

/**
 * VNPay IPNs against a backend that answers at once and makes the orders afterwards (in the
 * worker): `count` distinct paid IPNs — acknowledgements/s, latency, then how long until every
 * order exists — and a storm of `storm` copies of one more paid IPN, which must make one order.
 * The paid attempts are prepared first and are not part of any measurement.
 */
export async function benchIpn({
  backendUrl,
  sandboxUrl,
  publishableKey,
  db,
  pids,
  count,
  connections,
  storm = 500,
  prepareConcurrency = 16,
}) {
  const t0 = performance.now()
  const paid = await preparePaidAttempts({
    backendUrl,
    sandboxUrl,
    publishableKey,
    count: count + 1,
    concurrency: prepareConcurrency,
  })
  const preparation = {
    attempts: paid.length,
    seconds: (performance.now() - t0) / 1000,
    concurrency: prepareConcurrency,
  }
  console.log(
    `Prepared ${paid.length} paid VNPay attempts (cart, POST /store/vnpay/payments, /_sandbox/pay) in ` +
      `${preparation.seconds.toFixed(0)}s, ${prepareConcurrency} at a time (${(paid.length / preparation.seconds).toFixed(1)}/s)`
  )

  const ipnUrl = `${backendUrl}/hooks/vnpay/ipn`
  const distinct = paid.slice(0, count)
  const cpu = () => ({ server: treeCpuSeconds(pids.backend), worker: treeCpuSeconds(pids.worker) })
  const before = cpu()
  const since = performance.now()
  const acks = await fireEach(
    distinct.map((p) => ipnUrl + p.search),
    { connections, replyOf: rspCode, title: `IPN, ${count} distinct paid payments, ${connections} connections` }
  )
  const answered = cpu()
  const orders = await waitForOrders(
    db,
    distinct.map((p) => p.txnRef),
    { since }
  )
  const made = cpu()
  const cost = {
    paidMs: ((answered.server - before.server) / count) * 1000,
    orderMs: ((made.worker - before.worker) / Math.max(1, orders.completed)) * 1000,
  }

  const target = paid[count]
  const stormStart = performance.now()
  const stormRow = await fireEach(Array(storm).fill(ipnUrl + target.search), {
    connections: 50,
    replyOf: rspCode,
    title: `IPN duplicate storm: ${storm} copies of one IPN, 50 connections`,
  })
  const stormOrders = await waitForOrders(db, [target.txnRef], { since: stormStart, stallMs: 60_000 })

  // What one IPN costs the server, one request at a time: the HTTP floor (refused at the
  // signature) and a duplicate (the workflow with its read only), beside a first paid IPN above.
  const probe = async (urls) => {
    const start = treeCpuSeconds(pids.backend)
    const row = await fireEach(urls, { connections: 1, replyOf: rspCode })
    return { ...row, cpuMs: ((treeCpuSeconds(pids.backend) - start) / urls.length) * 1000 }
  }
  const probes = Math.min(100, count)
  cost.badSignature = await probe(Array(probes).fill(`${ipnUrl}?vnp_TxnRef=bench&vnp_SecureHash=00`))
  cost.duplicate = await probe(distinct.slice(0, probes).map((p) => ipnUrl + p.search))
  return { preparation, acks, orders, storm: stormRow, stormOrders, stormSize: storm, cost }
}

/** The run's figures and its checks, as printed lines. */
export function ipnReport({ acks, orders, storm, stormOrders, stormSize, cost }, count) {
  const stormExpected = { "00": 1, "02": stormSize - 1 }
  const stormOk =
    stormOrders.orders === 1 &&
    storm.replies["00"] === 1 &&
    storm.replies["02"] === stormSize - 1 &&
    storm.requests === stormSize
  const ordersOk =
    orders.orders === count && orders.completed === count && orders.refunds === 0 && acks.replies["00"] === count
  return [
    `Distinct IPN replies: ${JSON.stringify(acks.replies)} in ${acks.seconds.toFixed(1)}s`,
    `All orders made ${orders.seconds.toFixed(1)}s after the first IPN: ${orders.ordersPerSecond} orders/s ` +
      `(IPN answer → order p50 ${orders.lagP50} ms, p99 ${orders.lagP99} ms)${orders.stalled ? `; STALLED at ${JSON.stringify(orders.statuses)}` : ""}`,
    `Check: ${orders.orders} orders for ${count} paid IPNs, ${orders.refunds} refunds, attempts ${JSON.stringify(orders.statuses)} — ${ordersOk ? "ok" : "FAILED"}`,
    `Check: storm replies ${JSON.stringify(storm.replies)} (expected ${JSON.stringify(stormExpected)}), ` +
      `${stormOrders.orders} order for its cart — ${stormOk ? "ok" : "FAILED"}`,
    `Server CPU per IPN: first paid → 00 ${cost.paidMs.toFixed(1)} ms (the run above); one at a time: ` +
      `duplicate → 02 ${cost.duplicate.cpuMs.toFixed(1)} ms (p50 ${cost.duplicate.p50} ms), ` +
      `bad signature → ${Object.keys(cost.badSignature.replies).join("/")} ${cost.badSignature.cpuMs.toFixed(1)} ms (p50 ${cost.badSignature.p50} ms). ` +
      `One server process can answer at most ~${Math.round(1000 / cost.paidMs)} first IPNs/s (one core).`,
    `Worker CPU per order: ${cost.orderMs.toFixed(0)} ms (querydr, capture, completeCartWorkflow; subscriber and job)`,
  ]
}
