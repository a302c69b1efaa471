import { isPaymentMethod } from "../codes.js"
import { handleApi } from "./api.js"
import type { ApiResponse } from "./api-responses.js"
import { DEFAULT_IPN, IpnDispatcher } from "./ipn.js"
import { appendQuery, completePayment, type PaymentChoice, signResult } from "./outcome.js"
import { type PageError, pageError } from "./page-errors.js"
import { settleRefund } from "./refund-lifecycle.js"
import { SandboxState } from "./state.js"
import { DEFAULT_SWITCHES, mergeSwitches } from "./switches.js"
import { Timers } from "./timers.js"
import type {
  IpnAttempt,
  IpnOptions,
  PaymentResult,
  ResolvedIpnOptions,
  ResolvedSwitches,
  SandboxConfig,
  SandboxConfigPatch,
  SandboxOptions,
  SandboxRefund,
  SandboxTransaction,
} from "./types.js"
import { validatePayment } from "./validate.js"

/** The customer's pick as submitted (unchecked). */
export interface ChoiceInput {
  method?: string
  bank?: string
  cardNumber?: string
}

export type Failure = { ok: false; error: PageError; locale: "vn" | "en" }
export type Opened = { ok: true; tx: SandboxTransaction; token: string; expiresAt: Date }
export type Confirmed = { ok: true; tx: SandboxTransaction; returnUrl: string; query: string }

/** Merges IPN options over `base`, ignoring what is absent or invalid. */
export function mergeIpnOptions(base: ResolvedIpnOptions, patch: IpnOptions | undefined): ResolvedIpnOptions {
  const next = { ...base }
  if (!patch) return next
  if (patch.mode === "normal" || patch.mode === "late" || patch.mode === "lost" || patch.mode === "duplicate")
    next.mode = patch.mode
  const numbers = ["delayMs", "maxAttempts", "retryDelayMs", "duplicates"] as const
  for (const key of numbers) {
    const value = patch[key]
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) next[key] = Math.floor(value)
  }
  return next
}

/** The sandbox without HTTP: payment sessions, outcomes, IPNs, the merchant API. */
export class SandboxEngine {
  readonly state = new SandboxState()
  readonly ipn: IpnDispatcher
  private ipnOptions: ResolvedIpnOptions
  private switches: ResolvedSwitches
  private readonly timers = new Timers()

  /** Throws TypeError on an invalid `refund` or `apiDelayMs`. */
  constructor(readonly options: SandboxOptions) {
    this.ipnOptions = mergeIpnOptions(DEFAULT_IPN, options.ipn)
    const switches = mergeSwitches(DEFAULT_SWITCHES, options)
    if (!switches.ok) throw new TypeError(`startSandbox: ${switches.error}`)
    this.switches = switches.switches
    this.ipn = new IpnDispatcher(
      options.ipnUrl,
      () => this.ipnOptions,
      (line) => this.log(line)
    )
  }

  log(line: string): void {
    this.options.log?.(line)
  }

  /** IPN options (flat or under `ipn`; invalid ones ignored) and switches (an invalid one changes nothing). */
  configure(patch: SandboxConfigPatch | undefined): { ok: true; config: SandboxConfig } | { ok: false; error: string } {
    const switches = mergeSwitches(this.switches, patch ?? {})
    if (!switches.ok) return switches
    this.switches = switches.switches
    const ipn: IpnOptions | undefined = patch?.ipn && typeof patch.ipn === "object" ? patch.ipn : patch
    this.ipnOptions = mergeIpnOptions(this.ipnOptions, ipn)
    const config = this.currentConfig()
    this.log(`config: ${JSON.stringify(config)}`)
    return { ok: true, config }
  }

  currentConfig(): SandboxConfig {
    return { ipn: { ...this.ipnOptions }, ...this.switches }
  }

  /** GET /paymentv2/vpcpay.html: validate, then record a pending transaction and open a session. */
  open(params: Record<string, string>, now = new Date()): Opened | Failure {
    const locale = params.vnp_Locale === "en" ? "en" : "vn"
    const check = validatePayment(params, this.options, now)
    if (!check.ok) {
      this.log(`payment rejected (${check.error.code}): ${check.error.detail ?? check.error.en}`)
      return { ok: false, error: check.error, locale }
    }
    const opened = this.state.open(check.payment, now)
    if ("error" in opened) return { ok: false, error: opened.error, locale }
    this.log(`payment page ${opened.tx.txnRef}: ${opened.tx.amount / 100} VND`)
    return { ok: true, tx: opened.tx, token: opened.token, expiresAt: check.payment.expiresAt }
  }

  /** POST /paymentv2/confirm: record the outcome and build the signed return URL. */
  confirm(token: string, result: PaymentResult, choice: ChoiceInput, now = new Date()): Confirmed | Failure {
    const session = this.state.session(token)
    const tx = session ? this.state.byKey(session.key) : undefined
    if (!session || !tx) {
      return { ok: false, error: pageError("03", "unknown or already used payment session"), locale: "vn" }
    }
    this.state.endSession(token)
    if (tx.state !== "pending") {
      return { ok: false, error: pageError("01", `vnp_TxnRef "${tx.txnRef}" was already completed`), locale: tx.locale }
    }
    if (session.expiresAt.getTime() <= now.getTime()) {
      return {
        ok: false,
        error: pageError("11", `vnp_ExpireDate ${tx.expireDate} (GMT+7) has passed`),
        locale: tx.locale,
      }
    }
    // vnp_BankCode fixes the method; otherwise the customer picked one on the page.
    const method =
      !tx.requestedBankCode && isPaymentMethod(choice.method) ? choice.method : defaultMethod(tx.requestedBankCode)
    const bank =
      choice.bank ?? (method === "VNBANK" && !isPaymentMethod(tx.requestedBankCode) ? tx.requestedBankCode : undefined)
    const params = completePayment(
      tx,
      result,
      { method, bank, cardNumber: choice.cardNumber },
      () => this.state.nextTransactionNo(),
      now
    )
    const query = signResult(tx, params, this.options.hashSecret)
    this.log(`payment ${tx.txnRef}: ${result} → ResponseCode ${tx.responseCode}, TransactionNo ${tx.transactionNo}`)
    return { ok: true, tx, returnUrl: appendQuery(tx.returnUrl, query), query }
  }

  /** Starts IPN delivery for a completed payment, per the configured mode. */
  notify(tx: SandboxTransaction): void {
    this.ipn.dispatch(tx)
  }

  resendIpn(tx: SandboxTransaction): Promise<IpnAttempt | undefined> {
    return this.ipn.resend(tx)
  }

  api(raw: string, now = new Date()): ApiResponse {
    const response = handleApi(raw, {
      state: this.state,
      merchant: this.options,
      now,
      refundOutcome: this.switches.refund,
    })
    this.log(`API ${response.vnp_Command || "?"} ${response.vnp_TxnRef ?? ""} → ${response.vnp_ResponseCode}`)
    return response
  }

  /** Waits apiDelayMs before an API answer is sent; false if the sandbox closed meanwhile. */
  apiDelay(): Promise<boolean> {
    return this.timers.wait(this.switches.apiDelayMs)
  }

  /** Ends the refund of `tx` still processing ("processing" switch); undefined if there is none. */
  settleRefund(tx: SandboxTransaction, status: "06" | "09"): SandboxRefund | undefined {
    const refund = settleRefund(tx, status)
    if (refund) this.log(`refund ${tx.txnRef} ${refund.transactionNo} → ${status}`)
    return refund
  }

  findByRef(txnRef: string): SandboxTransaction | undefined {
    return this.state.find(this.options.tmnCode, txnRef)
  }

  close(): Promise<void> {
    this.timers.close()
    return this.ipn.close()
  }
}

function defaultMethod(bankCode: string | undefined): PaymentChoice["method"] {
  if (isPaymentMethod(bankCode)) return bankCode
  return bankCode ? "VNBANK" : "VNPAYQR"
}
