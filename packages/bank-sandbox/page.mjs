// The sandbox's HTML: mobile first, Vietnamese, big buttons, no external assets and no
// JavaScript — every step is a plain form posting back to the server.
import { bankLabel, defaultContent, formatVnd, T } from "./texts.mjs"

/**
 * @typedef {import("./ledger.mjs").Entry} Entry
 * @typedef {import("./decode.mjs").TransferQr} TransferQr
 * @typedef {{ webhookUrl: string, mode: "hmac" | "apikey" | "none" }} PageConfig
 */

/** @param {unknown} value */
export function esc(value) {
  return String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;")
}

const STYLES = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2a37;background:#eef3ef}
header{padding:14px 16px;background:#0b6b3a;color:#fff}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;font-size:14px;opacity:.92}
.badge{display:inline-block;margin-top:8px;font-size:12px;font-weight:700;letter-spacing:1px;color:#7a4100;background:#ffe2a8;border-radius:999px;padding:3px 10px}
main{max-width:520px;margin:0 auto;padding:12px}
section{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(16,24,40,.12);padding:16px;margin-bottom:12px}
h2{font-size:18px;margin:0 0 12px}
label{display:block;font-weight:600;margin:12px 0 6px}
textarea,input[type=number],input[type=file]{width:100%;font:inherit;border:2px solid #c9d3cc;border-radius:10px;padding:12px;background:#fff}
textarea{min-height:120px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:14px;word-break:break-all}
textarea:focus,input:focus{outline:3px solid #7cc59b;border-color:#0b6b3a}
.hint{color:#5b6b62;font-size:14px;margin:4px 0 0}
button,.button{display:block;width:100%;min-height:56px;margin-top:14px;border:0;border-radius:12px;font:inherit;font-size:18px;font-weight:700;cursor:pointer;text-align:center;text-decoration:none;padding:14px}
.primary{background:#0b6b3a;color:#fff}
.secondary{background:#e4efe8;color:#0b6b3a}
.warn{background:#fff1d6;color:#7a4100}
.amount{font-size:30px;font-weight:800;color:#0b6b3a;margin:4px 0 8px}
dl{margin:0}dl div{display:flex;justify-content:space-between;gap:12px;padding:8px 0;border-top:1px solid #edf1ee}
dt{color:#5b6b62;flex:none}dd{margin:0;text-align:right;font-weight:600;word-break:break-word}
.error{background:#fdecec;color:#9b1c1c;border-radius:10px;padding:12px;font-weight:600}
.ok{color:#0b6b3a}.bad{color:#9b1c1c}
pre{background:#f4f6f5;border-radius:8px;padding:10px;white-space:pre-wrap;word-break:break-all;font-size:13px;margin:6px 0 0}
ul{padding:0;margin:0;list-style:none}li{border-top:1px solid #edf1ee;padding:8px 0}
a{color:#0b6b3a}
footer{max-width:520px;margin:0 auto;padding:0 16px 24px;color:#5b6b62;font-size:13px}
`

/**
 * @param {string} title
 * @param {string} body
 * @param {PageConfig} config
 */
function layout(title, body, config) {
  const auth = config.mode === "hmac" ? T.authHmac : config.mode === "apikey" ? T.authApiKey : "—"
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)} · ${esc(T.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1>${esc(T.title)}</h1>
<p>${esc(T.subtitle)}</p>
<p lang="en">${esc(T.subtitleEn)}</p>
<span class="badge">${esc(T.badge)}</span>
</header>
<main>
${body}
</main>
<footer>${esc(T.webhook)}: <code>${esc(config.webhookUrl)}</code> · ${esc(T.auth)}: ${esc(auth)}</footer>
</body>
</html>`
}

/**
 * Step 1: the QR's text or a photo of it.
 * @param {{ config: PageConfig, error?: string, qr?: string, recent?: Entry[] }} options
 */
export function homePage({ config, error, qr = "", recent = [] }) {
  const errorBox = error ? `<p class="error" role="alert" data-testid="read-error">${esc(error)}</p>` : ""
  const history = recent.length
    ? `<ul>${recent
        .slice(0, 10)
        .map(
          (entry) =>
            `<li><a href="/transfers/${entry.transfer.id}">#${entry.transfer.id}</a> · ${esc(
              formatVnd(entry.transfer.transferAmount)
            )} → ${esc(entry.transfer.accountNumber)} · ${esc(entry.transfer.content)}</li>`
        )
        .join("")}</ul>`
    : `<p class="hint">${esc(T.none)}</p>`
  return layout(
    T.step1,
    `<section>
<h2>${esc(T.step1)}</h2>
${errorBox}
<form method="post" action="/read" enctype="multipart/form-data">
<label for="qr">${esc(T.qrLabel)}</label>
<textarea id="qr" name="qr" aria-describedby="qr-hint" spellcheck="false" autocomplete="off" data-testid="qr-input">${esc(qr)}</textarea>
<p class="hint" id="qr-hint">${esc(T.qrHint)}</p>
<label for="image">${esc(T.imageLabel)}</label>
<input id="image" name="image" type="file" accept="image/*" data-testid="qr-image">
<button type="submit" class="primary" data-testid="read-qr">${esc(T.read)}</button>
</form>
</section>
<section>
<h2>${esc(T.history)}</h2>
${history}
</section>`,
    config
  )
}

/**
 * Step 2: what the QR asks for, and the two ways to pay it.
 * @param {{ config: PageConfig, qr: string, payment: TransferQr, error?: string }} options
 */
export function reviewPage({ config, qr, payment, error }) {
  const hasAmount = Number.isSafeInteger(payment.amount) && payment.amount > 0
  const errorBox = error ? `<p class="error" role="alert" data-testid="pay-error">${esc(error)}</p>` : ""
  const exact = hasAmount
    ? `<form method="post" action="/pay">
<input type="hidden" name="qr" value="${esc(qr)}">
<button type="submit" class="primary" data-testid="pay-exact">${esc(T.payExact)} (${esc(formatVnd(payment.amount))})</button>
</form>`
    : ""
  return layout(
    T.step2,
    `<section>
<h2>${esc(T.step2)}</h2>
${errorBox}
<p class="amount" data-testid="qr-amount">${esc(hasAmount ? formatVnd(payment.amount) : T.noAmount)}</p>
<dl>
<div><dt>${esc(T.bank)}</dt><dd data-testid="qr-bank">${esc(bankLabel(payment.bankBin))}</dd></div>
<div><dt>${esc(T.account)}</dt><dd data-testid="qr-account">${esc(payment.accountNumber)}</dd></div>
<div><dt>${esc(T.reference)}</dt><dd data-testid="qr-reference">${esc(payment.reference || "—")}</dd></div>
<div><dt>${esc(T.content)}</dt><dd data-testid="qr-content">${esc(defaultContent(payment.reference))}</dd></div>
</dl>
${exact}
<form method="post" action="/pay">
<input type="hidden" name="qr" value="${esc(qr)}">
<label for="other-amount">${esc(T.otherAmountLabel)}</label>
<input id="other-amount" name="amount" type="number" inputmode="numeric" min="1" step="1" required data-testid="other-amount">
<button type="submit" class="${hasAmount ? "warn" : "primary"}" data-testid="pay-other">${esc(T.payOther)}</button>
</form>
<a class="button secondary" href="/">${esc(T.again)}</a>
</section>`,
    config
  )
}

/**
 * After a transfer: what was sent and what the backend answered, with a resend button.
 * @param {{ config: PageConfig, entry: Entry }} options
 */
export function resultPage({ config, entry }) {
  const { transfer, deliveries } = entry
  const last = deliveries.at(-1)
  const statusText = !last ? "—" : last.status === 0 ? `${T.unreachable}: ${last.error ?? ""}` : String(last.status)
  const good = last && last.status >= 200 && last.status < 300
  const body = last?.body === undefined || last.body === null ? "" : JSON.stringify(last.body, null, 2)
  return layout(
    `#${transfer.id}`,
    `<section aria-live="polite">
<h2>${esc(T.sent)}</h2>
<p class="amount">${esc(formatVnd(transfer.transferAmount))}</p>
<dl>
<div><dt>${esc(T.transaction)}</dt><dd data-testid="transaction-id">${transfer.id}</dd></div>
<div><dt>${esc(T.bank)}</dt><dd>${esc(bankLabel(entry.bankBin))}</dd></div>
<div><dt>${esc(T.account)}</dt><dd>${esc(transfer.accountNumber)}</dd></div>
<div><dt>${esc(T.content)}</dt><dd>${esc(transfer.content)}</dd></div>
<div><dt>${esc(T.referenceCode)}</dt><dd>${esc(transfer.referenceCode)}</dd></div>
<div><dt>${esc(T.date)}</dt><dd>${esc(transfer.transactionDate)}</dd></div>
<div><dt>${esc(T.deliveries)}</dt><dd data-testid="delivery-count">${deliveries.length}</dd></div>
<div><dt>${esc(T.httpStatus)}</dt><dd class="${good ? "ok" : "bad"}" data-testid="result-status">${esc(statusText)}</dd></div>
</dl>
<p class="hint">${esc(T.responseBody)}</p>
<pre data-testid="result-body">${esc(body)}</pre>
<form method="post" action="/transfers/${transfer.id}/resend">
<button type="submit" class="secondary" data-testid="resend" aria-describedby="resend-hint">${esc(T.resend)}</button>
<p class="hint" id="resend-hint">${esc(T.resendHint)}</p>
</form>
<a class="button primary" href="/">${esc(T.again)}</a>
</section>`,
    config
  )
}
