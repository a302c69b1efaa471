import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { SandboxEngine } from "./engine.js"
import { esc, layout } from "./html.js"
import { BodyTooLargeError, readBody, sendHtml, sendJson } from "./respond.js"
import { control } from "./routes-control.js"
import { confirmPayment, paymentPage } from "./routes-payment.js"

export const PAYMENT_PATH = "/paymentv2/vpcpay.html"
export const CONFIRM_PATH = "/paymentv2/confirm"
export const API_PATH = "/merchant_webapi/api/transaction"

function home(engine: SandboxEngine): string {
  const rows = [
    ["GET", PAYMENT_PATH, "payment page (VNPay)"],
    ["POST", API_PATH, "querydr / refund (VNPay)"],
    ["GET", "/_sandbox/health", "sandbox only"],
    ["GET", "/_sandbox/transactions", "sandbox only"],
    ["POST", "/_sandbox/config", "sandbox only: IPN mode, refund outcome, API delay"],
    ["POST", "/_sandbox/pay", "sandbox only: pay without a browser"],
    ["POST", "/_sandbox/transactions/:txnRef/ipn", "sandbox only: re-send the IPN"],
    ["POST", "/_sandbox/transactions/:txnRef/refund-outcome", "sandbox only: settle a processing refund (06 or 09)"],
  ]
  const list = rows.map(([m, p, d]) => `<div><dt><code>${m} ${esc(p)}</code></dt><dd>${esc(d)}</dd></div>`).join("")
  const body = `<div class="card"><h1>VNPay sandbox (2.1.0)</h1>
<p class="muted">TmnCode <b>${esc(engine.options.tmnCode)}</b> · IPN → ${esc(engine.options.ipnUrl ?? "(none)")}</p>
<dl class="rows">${list}</dl></div>`
  return layout({ lang: "en", title: "VNPay sandbox", body })
}

async function route(engine: SandboxEngine, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://sandbox.invalid")
  const method = req.method ?? "GET"
  const path = url.pathname
  if (method === "GET" && path === PAYMENT_PATH) return paymentPage(engine, url, res)
  if (method === "POST" && path === CONFIRM_PATH) return confirmPayment(engine, await readBody(req), res)
  if (method === "POST" && path === API_PATH) {
    // Processed now, answered after apiDelayMs: a client that gives up meanwhile misses an answer
    // to a request that did take effect.
    const answer = engine.api(await readBody(req))
    if (await engine.apiDelay()) sendJson(res, answer)
    return
  }
  if (method === "GET" && path === "/") return sendHtml(res, home(engine))
  if (path.startsWith("/_sandbox/") && (await control(engine, method, path, () => readBody(req), res))) return
  sendJson(res, { error: { message: `${method} ${path} is not a sandbox endpoint` } }, 404)
}

export function createSandboxServer(engine: SandboxEngine): Server {
  return createServer((req, res) => {
    route(engine, req, res).catch((error: unknown) => {
      const tooLarge = error instanceof BodyTooLargeError
      engine.log(`error on ${req.method} ${req.url}: ${String(error)}`)
      if (!res.headersSent)
        sendJson(
          res,
          { error: { message: tooLarge ? "body too large" : "internal sandbox error" } },
          tooLarge ? 413 : 500
        )
      else res.end()
    })
  })
}
