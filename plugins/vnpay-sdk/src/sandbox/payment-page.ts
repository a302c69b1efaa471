import { isPaymentMethod, PAYMENT_METHODS } from "../codes.js"
import { BANKS, TEST_ATM_CARD, TEST_INTL_CARD } from "./banks.js"
import { esc, formatVnd, layout } from "./html.js"
import { TEXTS, type Texts } from "./texts.js"
import type { PaymentMethod, SandboxTransaction } from "./types.js"

export interface PaymentPageInput {
  tx: SandboxTransaction
  token: string
  expiresAt: Date
  now: Date
  /** Inline SVG of the QR, or undefined to show its text. */
  qrSvg?: string
  qrText: string
}

export function remaining(expiresAt: Date, now: Date): string {
  const s = Math.max(0, Math.round((expiresAt.getTime() - now.getTime()) / 1000))
  const pad = (n: number) => String(n).padStart(2, "0")
  const h = Math.floor(s / 3600)
  return h > 0 ? `${h}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`
}

/** The methods the page offers: all three, or only what vnp_BankCode asked for (a bank code means VNBANK). */
function offered(bankCode: string | undefined): { methods: PaymentMethod[]; bank?: string } {
  if (!bankCode) return { methods: [...PAYMENT_METHODS] }
  if (isPaymentMethod(bankCode)) return { methods: [bankCode] }
  return { methods: ["VNBANK"], bank: bankCode.toUpperCase() }
}

function qrPane(t: Texts, input: PaymentPageInput): string {
  const code =
    input.qrSvg ?? `<div><p class="hint">${esc(t.qrNoLib)}</p><pre data-qr-text>${esc(input.qrText)}</pre></div>`
  return `<div class="qr">${code}</div><p class="hint">${esc(t.qrHint)}</p>`
}

function bankPane(t: Texts, bank: string | undefined): string {
  const banks = bank && !BANKS.some((b) => b.code === bank) ? [{ code: bank, name: bank }, ...BANKS] : BANKS
  const options = banks
    .map(
      (b) => `<option value="${esc(b.code)}"${b.code === (bank ?? "NCB") ? " selected" : ""}>${esc(b.name)}</option>`
    )
    .join("")
  return `<label class="f" for="bank">${esc(t.bankLabel)}</label><select class="i" id="bank" name="bank">${options}</select>
<label class="f">${esc(t.cardNumber)}</label><input class="i" name="atm_number" inputmode="numeric" value="${TEST_ATM_CARD.number}">
<div class="two"><div><label class="f">${esc(t.holder)}</label><input class="i" name="atm_holder" value="${TEST_ATM_CARD.holder}"></div>
<div><label class="f">${esc(t.issued)}</label><input class="i" name="atm_issued" value="${TEST_ATM_CARD.issued}"></div></div>`
}

function cardPane(t: Texts): string {
  return `<label class="f">${esc(t.cardNumber)}</label><input class="i" name="card_number" inputmode="numeric" autocomplete="off" value="${TEST_INTL_CARD.number}">
<label class="f">${esc(t.holder)}</label><input class="i" name="card_holder" value="${TEST_INTL_CARD.holder}">
<div class="two"><div><label class="f">${esc(t.expiry)}</label><input class="i" name="card_expiry" value="${TEST_INTL_CARD.expiry}"></div>
<div><label class="f">${esc(t.cvc)}</label><input class="i" name="card_cvc" inputmode="numeric" value="${TEST_INTL_CARD.cvc}"></div></div>`
}

function methodSection(t: Texts, input: PaymentPageInput): string {
  const { methods, bank } = offered(input.tx.requestedBankCode)
  const labels: Record<PaymentMethod, [string, string]> = {
    VNPAYQR: [t.qr, t.qrSub],
    VNBANK: [t.bank, t.bankSub],
    INTCARD: [t.card, t.cardSub],
  }
  const panes: Record<PaymentMethod, string> = {
    VNPAYQR: qrPane(t, input),
    VNBANK: bankPane(t, bank),
    INTCARD: cardPane(t),
  }
  const single = methods.length === 1
  const radios = single
    ? `<input type="hidden" name="method" value="${methods[0]}">`
    : methods
        .map(
          (m, i) => `<input class="mr" type="radio" name="method" value="${m}" id="m-${m}"${i === 0 ? " checked" : ""}>`
        )
        .join("")
  const tabs = single
    ? ""
    : `<div class="methods">${methods
        .map(
          (m) =>
            `<label class="method m-${m}" for="m-${m}">${esc(labels[m][0])}<small>${esc(labels[m][1])}</small></label>`
        )
        .join("")}</div>`
  const body = methods
    .map((m) => `<section class="pane p-${m}${single ? " show" : ""}" data-method="${m}">${panes[m]}</section>`)
    .join("")
  const heading = single ? labels[methods[0]][0] : t.method
  return `<div class="card"><h2>${esc(heading)}</h2>${radios}${tabs}<div class="panes">${body}</div></div>`
}

const CLOCK = `<svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/></svg>`

const COUNTDOWN = `(function(){var e=document.getElementById("countdown");if(!e)return;var t=+e.getAttribute("data-expires");
function p(n){return(n<10?"0":"")+n}function f(){var s=Math.max(0,Math.round((t-Date.now())/1000)),h=Math.floor(s/3600),m=Math.floor(s%3600/60);
e.textContent=(h?h+":"+p(m):p(m))+":"+p(s%60);if(s>0)setTimeout(f,1000)}f()})()`

export function renderPaymentPage(input: PaymentPageInput): string {
  const { tx } = input
  const t = TEXTS[tx.locale]
  const body = `<form method="post" action="/paymentv2/confirm" data-vnpay-payment="${esc(tx.txnRef)}">
<input type="hidden" name="session" value="${esc(input.token)}">
<div class="card">
<h1>${esc(t.heading)}</h1>
<p class="muted">${esc(t.amount)}</p>
<div class="amount" id="amount">${esc(formatVnd(tx.amount))}</div>
<dl class="rows">
<div><dt>${esc(t.merchant)}</dt><dd id="merchant">${esc(tx.tmnCode)}</dd></div>
<div><dt>${esc(t.orderInfo)}</dt><dd id="order-info">${esc(tx.orderInfo)}</dd></div>
<div><dt>${esc(t.txnRef)}</dt><dd id="txn-ref">${esc(tx.txnRef)}</dd></div>
</dl>
<p class="timer">${CLOCK}<span>${esc(t.expiresIn)} <b id="countdown" data-expires="${input.expiresAt.getTime()}">${remaining(input.expiresAt, input.now)}</b></span></p>
</div>
${methodSection(t, input)}
<div class="card"><h2>${esc(t.simulate)}</h2><div class="actions">
<button class="btn ok" type="submit" name="result" value="success">${esc(t.success)}</button>
<button class="btn low" type="submit" name="result" value="insufficient">${esc(t.insufficient)}</button>
<button class="btn no" type="submit" name="result" value="cancel">${esc(t.cancel)}</button>
<button class="btn low" type="submit" name="result" value="reversed">${esc(t.reversed)}</button>
<button class="btn low" type="submit" name="result" value="fraud">${esc(t.fraud)}</button>
</div></div>
</form>`
  return layout({ lang: tx.locale === "en" ? "en" : "vi", title: t.title, body, script: COUNTDOWN })
}
