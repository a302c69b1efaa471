/** How the sandbox delivers the IPN of a completed payment. */
export type IpnMode = "normal" | "late" | "lost" | "duplicate"

export interface IpnOptions {
  /** normal: right after the redirect; late: after `delayMs`; lost: never; duplicate: `duplicates` times at once. */
  mode?: IpnMode
  /** Delay of "late" IPNs, ms (default 5000). */
  delayMs?: number
  /** Attempts per delivery while the merchant answers neither 00 nor 02 (default 10). */
  maxAttempts?: number
  /** Pause between attempts, ms (default 2000). */
  retryDelayMs?: number
  /** Concurrent deliveries in "duplicate" mode (default 3). */
  duplicates?: number
}

export type ResolvedIpnOptions = Required<IpnOptions>

/**
 * What becomes of a refund VNPay accepted (answered 00 with TransactionStatus 05): real refunds
 * are asynchronous. settle: handed to the bank at once, querydr says 06. processing: querydr says
 * 05 until settled by POST /_sandbox/transactions/:txnRef/refund-outcome. reject: querydr says 09
 * and the amount is refundable again.
 */
export type RefundOutcome = "settle" | "processing" | "reject"

/** Sandbox behaviours that can be set at start and changed at runtime. */
export interface SandboxSwitches {
  /** Default "settle". */
  refund?: RefundOutcome
  /** querydr and refund answers are sent this many ms after the request was processed (default 0). */
  apiDelayMs?: number
}

export type ResolvedSwitches = Required<SandboxSwitches>

/** What `configure` and POST /_sandbox/config take: IPN options (flat or under `ipn`) and switches. */
export interface SandboxConfigPatch extends IpnOptions, SandboxSwitches {
  ipn?: IpnOptions
}

/** Everything `configure` and POST /_sandbox/config report. */
export interface SandboxConfig extends ResolvedSwitches {
  ipn: ResolvedIpnOptions
}

export interface SandboxOptions extends SandboxSwitches {
  tmnCode: string
  hashSecret: string
  /** Where IPNs go. VNPay registers it per merchant; it is not part of the payment URL. */
  ipnUrl?: string
  /** Default 0 (a random free port). */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  ipn?: IpnOptions
  /** Base of links in pages, default http://host:port. */
  publicUrl?: string
  log?: (line: string) => void
}

/**
 * The buttons of the payment page. reversed: debited at the bank, not completed at VNPay
 * (ResponseCode 00, TransactionStatus 04); fraud: suspected fraud (07 / 07).
 */
export type PaymentResult = "success" | "insufficient" | "cancel" | "reversed" | "fraud"

/** The payment methods of VNPay's page (vnp_BankCode values). */
export type { PaymentMethod } from "../codes.js"

export interface IpnAttempt {
  /** 1-based delivery (several in "duplicate" mode or after a re-send). */
  delivery: number
  /** 1-based attempt within the delivery. */
  attempt: number
  at: string
  /** HTTP status of the merchant's answer, if it answered. */
  status?: number
  rspCode?: string
  message?: string
  /** Network error or unparsable answer. */
  error?: string
  /** True when the answer stops the retries (RspCode 00 or 02). */
  final: boolean
}

export type RefundStatus = "05" | "06" | "09"

export interface SandboxRefund {
  requestId: string
  transactionType: "02" | "03"
  /** In VNPay units (VND × 100), like vnp_Amount. */
  amount: number
  transactionNo: string
  createBy: string
  createDate: string
  /** "05" accepted and processing, "06" passed to the bank, "09" rejected (the amount is refundable again). */
  status: RefundStatus
}

export interface SandboxTransaction {
  tmnCode: string
  txnRef: string
  /** vnp_Amount: VND × 100. */
  amount: number
  orderInfo: string
  orderType: string
  locale: "vn" | "en"
  returnUrl: string
  ipAddr: string
  createDate: string
  expireDate: string
  /** vnp_BankCode of the payment URL, if any. */
  requestedBankCode?: string
  state: "pending" | "paid" | "failed"
  /** vnp_TransactionStatus as querydr reports it. */
  transactionStatus: string
  responseCode?: string
  bankCode?: string
  cardType?: string
  bankTranNo?: string
  transactionNo?: string
  payDate?: string
  refunds: SandboxRefund[]
  ipnAttempts: IpnAttempt[]
  /** The signed result query sent to the return URL and the IPN URL. */
  resultQuery?: string
}

export interface Sandbox {
  url: string
  port: number
  close(): Promise<void>
  /** Changes IPN options and switches; throws TypeError on an invalid switch (nothing changes then). */
  configure(patch: SandboxConfigPatch | undefined): SandboxConfig
  transactions(): SandboxTransaction[]
}
