import type { ServerResponse } from "node:http"
import { toParamRecord } from "../signing.js"
import type { SandboxEngine } from "./engine.js"
import { isPaymentResult, PAYMENT_RESULTS } from "./outcome.js"
import { parseJsonObject, sendJson } from "./respond.js"
import type { SandboxConfigPatch, SandboxTransaction } from "./types.js"

/**
 * Sandbox-only endpoints under /_sandbox (VNPay has nothing like them): health, the recorded
 * transactions, IPN settings and switches, re-sending an IPN, settling a refund, and paying
 * without a browser.
 */
export async function control(
  engine: SandboxEngine,
  method: string,
  path: string,
  body: () => Promise<string>,
  res: ServerResponse
): Promise<boolean> {
  if (method === "GET" && path === "/_sandbox/health") {
    sendJson(res, {
      ok: true,
      tmnCode: engine.options.tmnCode,
      ipnUrl: engine.options.ipnUrl ?? null,
      ...engine.currentConfig(),
    })
    return true
  }
  if (method === "GET" && path === "/_sandbox/transactions") {
    sendJson(res, engine.state.list())
    return true
  }
  if (method === "POST" && path === "/_sandbox/config") {
    const patch = parseJsonObject(await body())
    if (!patch) return badRequest(res, "expected a JSON object of IPN options and switches")
    const configured = engine.configure(patch as SandboxConfigPatch)
    if (!configured.ok) return badRequest(res, configured.error)
    sendJson(res, configured.config)
    return true
  }
  if (method === "POST" && path === "/_sandbox/pay") {
    await pay(engine, await body(), res)
    return true
  }
  const match = /^\/_sandbox\/transactions\/([^/]+)(\/ipn|\/refund-outcome)?$/.exec(path)
  if (!match) return false
  const tx = engine.findByRef(decodeURIComponent(match[1]))
  if (!tx) {
    sendJson(res, { error: { message: `no transaction with vnp_TxnRef "${decodeURIComponent(match[1])}"` } }, 404)
    return true
  }
  if (method === "GET" && !match[2]) {
    sendJson(res, structuredClone(tx))
    return true
  }
  if (method === "POST" && match[2] === "/refund-outcome") {
    settle(engine, tx, await body(), res)
    return true
  }
  if (method === "POST" && match[2] === "/ipn") {
    if (!tx.resultQuery) return badRequest(res, "the payment has no outcome yet: nothing to notify", 409)
    if (!engine.options.ipnUrl) return badRequest(res, "the sandbox has no ipnUrl", 409)
    const attempt = await engine.resendIpn(tx)
    sendJson(res, { txnRef: tx.txnRef, attempt })
    return true
  }
  return false
}

function badRequest(res: ServerResponse, message: string, status = 400): true {
  sendJson(res, { error: { message } }, status)
  return true
}

/** POST /_sandbox/transactions/:txnRef/refund-outcome {status: "06" | "09"}: ends the refund in progress. */
function settle(engine: SandboxEngine, tx: SandboxTransaction, raw: string, res: ServerResponse): void {
  const status = parseJsonObject(raw)?.status
  if (status !== "06" && status !== "09") {
    badRequest(res, 'expected {"status": "06"} (sent to the bank) or {"status": "09"} (rejected)')
    return
  }
  const refund = engine.settleRefund(tx, status)
  if (!refund) {
    badRequest(
      res,
      `no refund of "${tx.txnRef}" is processing (status 05); set {"refund": "processing"} before refunding`,
      409
    )
    return
  }
  sendJson(res, { txnRef: tx.txnRef, transactionStatus: tx.transactionStatus, refund })
}

/** POST /_sandbox/pay {url, result, method?, bank?}: the page and its button, server-side. */
async function pay(engine: SandboxEngine, raw: string, res: ServerResponse): Promise<void> {
  const body = parseJsonObject(raw)
  if (!body || typeof body.url !== "string" || !isPaymentResult(body.result)) {
    badRequest(res, `expected {"url": "<payment URL>", "result": ${PAYMENT_RESULTS.map((r) => `"${r}"`).join(" | ")}}`)
    return
  }
  const opened = engine.open(toParamRecord(body.url))
  const confirmed = opened.ok
    ? engine.confirm(opened.token, body.result, {
        method: typeof body.method === "string" ? body.method : undefined,
        bank: typeof body.bank === "string" ? body.bank.toUpperCase() : undefined,
      })
    : opened
  if (!confirmed.ok) {
    const { code, en, vi, detail } = confirmed.error
    sendJson(res, { error: { code, message: en, messageVi: vi, detail } }, 400)
    return
  }
  const { tx } = confirmed
  sendJson(res, {
    returnUrl: confirmed.returnUrl,
    txnRef: tx.txnRef,
    transactionNo: tx.transactionNo,
    responseCode: tx.responseCode,
    transactionStatus: tx.transactionStatus,
  })
  engine.notify(tx)
}
