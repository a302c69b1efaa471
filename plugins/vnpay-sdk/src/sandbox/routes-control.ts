import type { ServerResponse } from "node:http"
import { toParamRecord } from "../signing.js"
import type { SandboxEngine } from "./engine.js"
import { isPaymentResult } from "./outcome.js"
import { parseJsonObject, sendJson } from "./respond.js"
import type { IpnOptions } from "./types.js"

/**
 * Sandbox-only endpoints under /_sandbox (VNPay has nothing like them): health, the recorded
 * transactions, IPN settings, re-sending an IPN, and paying without a browser.
 */
export async function control(
  engine: SandboxEngine,
  method: string,
  path: string,
  body: () => Promise<string>,
  res: ServerResponse,
): Promise<boolean> {
  if (method === "GET" && path === "/_sandbox/health") {
    sendJson(res, { ok: true, tmnCode: engine.options.tmnCode, ipnUrl: engine.options.ipnUrl ?? null, ipn: engine.currentIpnOptions() })
    return true
  }
  if (method === "GET" && path === "/_sandbox/transactions") {
    sendJson(res, engine.state.list())
    return true
  }
  if (method === "POST" && path === "/_sandbox/config") {
    const patch = parseJsonObject(await body())
    if (!patch) return badRequest(res, "expected a JSON object of IPN options")
    const options = (patch.ipn && typeof patch.ipn === "object" ? patch.ipn : patch) as IpnOptions
    sendJson(res, { ipn: engine.configure(options) })
    return true
  }
  if (method === "POST" && path === "/_sandbox/pay") {
    await pay(engine, await body(), res)
    return true
  }
  const match = /^\/_sandbox\/transactions\/([^/]+)(\/ipn)?$/.exec(path)
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
  if (method === "POST" && match[2]) {
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

/** POST /_sandbox/pay {url, result, method?, bank?}: the page and its button, server-side. */
async function pay(engine: SandboxEngine, raw: string, res: ServerResponse): Promise<void> {
  const body = parseJsonObject(raw)
  if (!body || typeof body.url !== "string" || !isPaymentResult(body.result)) {
    badRequest(res, 'expected {"url": "<payment URL>", "result": "success" | "insufficient" | "cancel"}')
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
    transactionStatus: tx.responseCode === "00" ? "00" : "02",
  })
  engine.notify(tx)
}
