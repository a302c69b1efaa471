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

export interface SandboxOptions {
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

/** The buttons of the payment page. */
export type PaymentResult = "success" | "insufficient" | "cancel"

/** The payment methods of VNPay's page (vnp_BankCode values). */
export type PaymentMethod = "VNPAYQR" | "VNBANK" | "INTCARD"

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

export interface SandboxRefund {
  requestId: string
  transactionType: "02" | "03"
  /** In VNPay units (VND × 100), like vnp_Amount. */
  amount: number
  transactionNo: string
  createBy: string
  createDate: string
  /** "05" when accepted, "06" once passed to the bank (immediately, here). */
  status: "05" | "06"
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
  configure(ipn: SandboxOptions["ipn"]): void
  transactions(): SandboxTransaction[]
}
