import type { ServerResponse } from "node:http"
import type { SandboxEngine } from "./engine.js"
import { renderErrorPage } from "./error-page.js"
import { isPaymentResult, PAYMENT_RESULTS } from "./outcome.js"
import { pageError } from "./page-errors.js"
import { renderPaymentPage } from "./payment-page.js"
import { qrSvg } from "./qr.js"
import { redirect, sendHtml } from "./respond.js"
import type { SandboxTransaction } from "./types.js"

/** What the VNPAY-QR on the page encodes: the payment reference. */
export function qrText(tx: SandboxTransaction): string {
  return `VNPAY-SANDBOX|${tx.tmnCode}|${tx.txnRef}|${tx.amount / 100}`
}

/** GET /paymentv2/vpcpay.html */
export async function paymentPage(engine: SandboxEngine, url: URL, res: ServerResponse): Promise<void> {
  const opened = engine.open(Object.fromEntries(url.searchParams))
  if (!opened.ok) {
    sendHtml(res, renderErrorPage(opened.error, opened.locale))
    return
  }
  const text = qrText(opened.tx)
  const svg = await qrSvg(text)
  sendHtml(
    res,
    renderPaymentPage({
      tx: opened.tx,
      token: opened.token,
      expiresAt: opened.expiresAt,
      now: new Date(),
      qrSvg: svg,
      qrText: text,
    })
  )
}

/** POST /paymentv2/confirm (the page's form): record the outcome, 302 to the return URL, then the IPN. */
export function confirmPayment(engine: SandboxEngine, body: string, res: ServerResponse): void {
  const form = new URLSearchParams(body)
  const result = form.get("result")
  if (!isPaymentResult(result)) {
    sendHtml(res, renderErrorPage(pageError("03", `result must be one of ${PAYMENT_RESULTS.join(", ")}`)))
    return
  }
  const confirmed = engine.confirm(form.get("session") ?? "", result, {
    method: form.get("method") ?? undefined,
    bank: form.get("bank")?.toUpperCase() || undefined,
    cardNumber: form.get("card_number") ?? undefined,
  })
  if (!confirmed.ok) {
    sendHtml(res, renderErrorPage(confirmed.error, confirmed.locale))
    return
  }
  redirect(res, confirmed.returnUrl)
  engine.notify(confirmed.tx)
}
