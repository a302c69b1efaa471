import { performance } from "node:perf_hooks"

/** Statuses an attempt does not leave without a person or the reconciliation job. */
const SETTLED = new Set(["completed", "review", "refunding", "refunded", "refund_failed", "failed"])
const REFUND = ["refunding", "refunded", "refund_failed"]

async function statuses(db, txnRefs) {
  const { rows } = await db.query(
    "select status, count(*)::int as n from vnpay_attempt where txn_ref = any($1) and deleted_at is null group by status",
    [txnRefs]
  )
  return Object.fromEntries(rows.map((r) => [r.status, r.n]))
}

function ms(value) {
  return value === null || value === undefined ? null : Math.round(Number(value))
}

/**
 * Polls `vnpay_attempt` until every attempt of `txnRefs` has settled (an order, or a refund or
 * review), or nothing moved for `stallMs`. `since` (performance.now()) is when the first IPN
 * was sent; the result says when the last order appeared after it, and what was made.
 */
export async function waitForOrders(db, txnRefs, { since, stallMs = 120_000, pollMs = 200 }) {
  let seen = {}
  let lastChange = performance.now()
  let lastSettled = -1
  for (;;) {
    seen = await statuses(db, txnRefs)
    const settled = Object.entries(seen).reduce((sum, [status, n]) => sum + (SETTLED.has(status) ? n : 0), 0)
    if (settled !== lastSettled) {
      lastSettled = settled
      lastChange = performance.now()
    }
    if (settled === txnRefs.length || performance.now() - lastChange > stallMs) break
    await new Promise((r) => setTimeout(r, pollMs))
  }
  const seconds = (lastChange - since) / 1000
  const { rows: made } = await db.query(
    `select count(distinct oc.order_id)::int as orders, count(distinct oc.cart_id)::int as carts
       from vnpay_attempt a join order_cart oc on oc.cart_id = a.resource_id and oc.deleted_at is null
      where a.txn_ref = any($1)`,
    [txnRefs]
  )
  // From the recorded outcome (the IPN's answer) to the order, per attempt.
  const { rows: lag } = await db.query(
    `select percentile_disc(0.5) within group (order by d) as p50, percentile_disc(0.99) within group (order by d) as p99
       from (select extract(epoch from (e.created_at - a.outcome_at)) * 1000 as d
               from vnpay_attempt a join vnpay_attempt_event e on e.attempt_id = a.id and e.to_status = 'completed'
              where a.txn_ref = any($1)) t`,
    [txnRefs]
  )
  const { rows: refunds } = await db.query(
    "select count(*)::int as n from vnpay_attempt where status = any($1) or refund_requested_at is not null",
    [REFUND]
  )
  return {
    statuses: seen,
    completed: seen.completed ?? 0,
    seconds,
    ordersPerSecond: Math.round(((seen.completed ?? 0) / seconds) * 10) / 10,
    orders: made[0].orders,
    ordersCarts: made[0].carts,
    refunds: refunds[0].n,
    lagP50: ms(lag[0].p50),
    lagP99: ms(lag[0].p99),
    stalled: lastSettled !== txnRefs.length,
  }
}
