import { environmentFromUrl, type ResolvedEnvironment, VNPay } from "@choso/vnpay"

/**
 * The plugin's options, given once in medusa-config.ts to the plugin (its module, routes and
 * job) and to the payment provider. VNPay is off when the four credentials are not all set.
 */
export interface VNPayPluginOptions {
  tmnCode?: string
  hashSecret?: string
  /** VNPay's payment URL (`vnp_Url`), e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html */
  paymentUrl?: string
  /** The storefront page VNPay sends the shopper back to. */
  returnUrl?: string
  /** The server's own IP, sent with querydr/refund calls. */
  serverIp?: string
  /** How long a payment URL stays payable (VNPay's vnp_ExpireDate), minutes. */
  expiresInMinutes?: number
  /** The job asks VNPay about attempts still pending after this many seconds. */
  reconcileAfterSeconds?: number
  /** A paid attempt with no order after this many seconds is finished by the job. */
  completeAfterSeconds?: number
  /** After this many failed completions a paid attempt goes to review. */
  maxCompletionTries?: number
}

export interface VNPayOptions {
  tmnCode: string
  hashSecret: string
  paymentUrl: string
  returnUrl: string
  serverIp: string
  expiresInMinutes: number
  reconcileAfterSeconds: number
  completeAfterSeconds: number
  maxCompletionTries: number
  environment: ResolvedEnvironment
}

/** Complete options with defaults, or null when VNPay is not configured. */
export function resolveVNPayOptions(options: VNPayPluginOptions): VNPayOptions | null {
  const { tmnCode, hashSecret, paymentUrl, returnUrl } = options
  if (!tmnCode || !hashSecret || !paymentUrl || !returnUrl) {
    return null
  }
  return {
    tmnCode,
    hashSecret,
    paymentUrl,
    returnUrl,
    serverIp: options.serverIp || "127.0.0.1",
    expiresInMinutes: options.expiresInMinutes ?? 15,
    reconcileAfterSeconds: options.reconcileAfterSeconds ?? 180,
    completeAfterSeconds: options.completeAfterSeconds ?? 30,
    maxCompletionTries: options.maxCompletionTries ?? 5,
    environment: environmentFromUrl(paymentUrl),
  }
}

export function requireVNPayOptions(options: VNPayPluginOptions): VNPayOptions {
  const resolved = resolveVNPayOptions(options)
  if (!resolved) {
    throw new Error(
      "VNPay is not configured: set VNPAY_TMN_CODE, VNPAY_HASH_SECRET, VNPAY_URL and VNPAY_RETURN_URL " +
        "(npm start sets them to the local sandbox when none are given)"
    )
  }
  return resolved
}

export function createVNPayClient(options: VNPayOptions): VNPay {
  return new VNPay({ tmnCode: options.tmnCode, hashSecret: options.hashSecret, environment: options.environment })
}
