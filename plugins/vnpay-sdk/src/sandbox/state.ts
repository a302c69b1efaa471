import { randomBytes } from "node:crypto"
import { type PageError, pageError } from "./page-errors.js"
import type { SandboxTransaction } from "./types.js"
import type { ValidatedPayment } from "./validate.js"

/** A payment page that is open: the form carries only its token. */
export interface Session {
  key: string
  expiresAt: Date
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Everything the sandbox remembers, in memory only. */
export class SandboxState {
  private readonly txns = new Map<string, SandboxTransaction>()
  private readonly sessions = new Map<string, Session>()
  private readonly requestIds = new Map<string, number>()
  private lastTransactionNo: number

  constructor(now = Date.now()) {
    // 8 digits, increasing within a run and (mostly) across restarts.
    this.lastTransactionNo = 10_000_000 + (Math.floor(now / 1000) % 80_000_000)
  }

  static key(tmnCode: string, txnRef: string): string {
    return `${tmnCode}\u0000${txnRef}`
  }

  find(tmnCode: string, txnRef: string): SandboxTransaction | undefined {
    return this.txns.get(SandboxState.key(tmnCode, txnRef))
  }

  byKey(key: string): SandboxTransaction | undefined {
    return this.txns.get(key)
  }

  /** Records a validated payment as pending and opens a page session for it. */
  open(payment: ValidatedPayment, now: Date): { token: string; tx: SandboxTransaction } | { error: PageError } {
    this.prune(now)
    const key = SandboxState.key(payment.tmnCode, payment.txnRef)
    const existing = this.txns.get(key)
    if (existing?.state === "paid") {
      return { error: pageError("01", `vnp_TxnRef "${payment.txnRef}" was already paid; use a new TxnRef per attempt`) }
    }
    const tx: SandboxTransaction = {
      tmnCode: payment.tmnCode,
      txnRef: payment.txnRef,
      amount: payment.amount,
      orderInfo: payment.orderInfo,
      orderType: payment.orderType,
      locale: payment.locale,
      returnUrl: payment.returnUrl,
      ipAddr: payment.ipAddr,
      createDate: payment.createDate,
      expireDate: payment.expireDate,
      requestedBankCode: payment.bankCode,
      state: "pending",
      transactionStatus: "01",
      refunds: [],
      ipnAttempts: [],
    }
    this.txns.set(key, tx)
    const token = randomBytes(16).toString("hex")
    this.sessions.set(token, { key, expiresAt: payment.expiresAt })
    return { token, tx }
  }

  session(token: string): Session | undefined {
    return this.sessions.get(token)
  }

  /** A session is used once: confirming ends it. */
  endSession(token: string): void {
    this.sessions.delete(token)
  }

  nextTransactionNo(): string {
    this.lastTransactionNo = this.lastTransactionNo >= 99_999_999 ? 10_000_000 : this.lastTransactionNo + 1
    return String(this.lastTransactionNo)
  }

  /** Remembers a querydr/refund vnp_RequestId; true when it was already used within the window. */
  isDuplicateRequest(tmnCode: string, requestId: string, nowMs: number, windowMs = DAY_MS): boolean {
    const key = `${tmnCode}\u0000${requestId}`
    const seen = this.requestIds.get(key)
    if (seen !== undefined && nowMs - seen < windowMs) return true
    this.requestIds.set(key, nowMs)
    return false
  }

  list(): SandboxTransaction[] {
    return [...this.txns.values()].map((tx) => structuredClone(tx))
  }

  private prune(now: Date): void {
    for (const [token, session] of this.sessions) {
      if (session.expiresAt.getTime() < now.getTime() - DAY_MS) this.sessions.delete(token)
    }
    for (const [key, at] of this.requestIds) {
      if (now.getTime() - at > DAY_MS) this.requestIds.delete(key)
    }
  }
}
