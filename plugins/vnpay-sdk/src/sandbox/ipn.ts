import { appendQuery } from "./outcome.js"
import type { IpnAttempt, ResolvedIpnOptions, SandboxTransaction } from "./types.js"

export const DEFAULT_IPN: ResolvedIpnOptions = {
  mode: "normal",
  delayMs: 5000,
  maxAttempts: 10,
  retryDelayMs: 2000,
  duplicates: 3,
}

const ATTEMPT_TIMEOUT_MS = 10_000

interface Reply {
  status?: number
  rspCode?: string
  message?: string
  error?: string
}

async function readReply(response: Response): Promise<Reply> {
  const text = await response.text()
  try {
    const body: unknown = JSON.parse(text)
    if (body && typeof body === "object" && "RspCode" in body) {
      const { RspCode, Message } = body as { RspCode: unknown; Message?: unknown }
      return {
        status: response.status,
        rspCode: String(RspCode),
        message: Message === undefined ? undefined : String(Message),
      }
    }
  } catch {
    // not JSON: reported below
  }
  return { status: response.status, error: `no {"RspCode"} in the answer: ${text.slice(0, 120)}` }
}

/**
 * Sends IPNs like VNPay: HTTP GET of the signed result query to the merchant's registered URL;
 * RspCode 00 or 02 ends a delivery, anything else (or no answer) is retried.
 */
export class IpnDispatcher {
  private readonly controller = new AbortController()
  private readonly pending = new Set<Promise<void>>()
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>()

  constructor(
    private readonly ipnUrl: string | undefined,
    private readonly options: () => ResolvedIpnOptions,
    private readonly log: (line: string) => void
  ) {}

  /** Called once a payment completes: delivers according to the configured mode. */
  dispatch(tx: SandboxTransaction): void {
    const { mode, delayMs, duplicates } = this.options()
    if (!this.ipnUrl) {
      this.log(`IPN ${tx.txnRef}: no ipnUrl configured, not sent`)
      return
    }
    if (mode === "lost") {
      this.log(`IPN ${tx.txnRef}: lost (mode "lost"), not sent`)
      return
    }
    const deliveries = mode === "duplicate" ? Math.max(1, duplicates) : 1
    const wait = mode === "late" ? delayMs : 0
    this.track(
      (async () => {
        if (!(await this.sleep(wait))) return
        await Promise.all(Array.from({ length: deliveries }, () => this.deliver(tx)))
      })()
    )
  }

  /** Sends now whatever the mode; resolves with the first attempt, retries continue in the background. */
  async resend(tx: SandboxTransaction): Promise<IpnAttempt | undefined> {
    if (!this.ipnUrl) return undefined
    let first: (attempt: IpnAttempt) => void = () => undefined
    const firstAttempt = new Promise<IpnAttempt>((resolve) => (first = resolve))
    const delivery = this.deliver(tx, first)
    this.track(delivery)
    return Promise.race([firstAttempt, delivery.then(() => undefined)])
  }

  async close(): Promise<void> {
    this.controller.abort()
    for (const entry of this.timers) {
      clearTimeout(entry.timer)
      entry.resolve()
    }
    this.timers.clear()
    await Promise.allSettled([...this.pending])
  }

  private get closed(): boolean {
    return this.controller.signal.aborted
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.log(`IPN error: ${String(error)}`))
    this.pending.add(tracked)
    void tracked.finally(() => this.pending.delete(tracked))
  }

  /** Resolves true after `ms`, or false at once if the sandbox closes meanwhile. */
  private sleep(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false)
    if (ms <= 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry)
          resolve(!this.closed)
        }, ms),
        resolve: () => resolve(false),
      }
      this.timers.add(entry)
    })
  }

  private async deliver(tx: SandboxTransaction, onFirst?: (attempt: IpnAttempt) => void): Promise<void> {
    const query = tx.resultQuery
    if (!this.ipnUrl || !query) return
    const url = appendQuery(this.ipnUrl, query)
    const delivery = this.nextDelivery(tx)
    for (let attempt = 1; attempt <= Math.max(1, this.options().maxAttempts); attempt++) {
      if (this.closed) return
      const reply = await this.send(url)
      const final = reply.rspCode === "00" || reply.rspCode === "02"
      const record: IpnAttempt = { delivery, attempt, at: new Date().toISOString(), ...reply, final }
      tx.ipnAttempts.push(record)
      this.log(
        `IPN ${tx.txnRef} #${delivery}.${attempt} → ${reply.status ?? "-"} ${reply.rspCode ?? ""} ${reply.message ?? reply.error ?? ""}`.trimEnd()
      )
      if (attempt === 1) onFirst?.(record)
      if (final) return
      if (attempt < this.options().maxAttempts && !(await this.sleep(this.options().retryDelayMs))) return
    }
    this.log(`IPN ${tx.txnRef} #${delivery}: gave up after ${this.options().maxAttempts} attempts`)
  }

  private readonly deliveries = new WeakMap<SandboxTransaction, number>()

  /** Numbered synchronously, so concurrent deliveries never share a number. */
  private nextDelivery(tx: SandboxTransaction): number {
    const next = (this.deliveries.get(tx) ?? 0) + 1
    this.deliveries.set(tx, next)
    return next
  }

  private async send(url: string): Promise<Reply> {
    try {
      const signal = AbortSignal.any([this.controller.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)])
      const response = await fetch(url, { method: "GET", headers: { accept: "application/json" }, signal })
      return await readReply(response)
    } catch (error: unknown) {
      return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
    }
  }
}
