import { VNPay, environmentFromUrl } from "@choso/vnpay"

export interface VNPayOptions {
  tmnCode: string
  hashSecret: string
  /** VNPay's payment URL (`vnp_Url`), e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html */
  paymentUrl: string
  /** The storefront page VNPay sends the shopper back to. */
  returnUrl: string
  /** The server's own IP, sent with querydr/refund calls. */
  serverIp?: string
  expiresInMinutes?: number
}

/**
 * VNPay settings from the environment (VNPAY_TMN_CODE, VNPAY_HASH_SECRET, VNPAY_URL,
 * VNPAY_RETURN_URL), overridden by explicit provider options. Switching from the local sandbox
 * to VNPay is a matter of these variables only.
 */
export function readVNPayOptions(overrides: Partial<VNPayOptions> = {}): VNPayOptions | null {
  const options: Partial<VNPayOptions> = {
    tmnCode: process.env.VNPAY_TMN_CODE,
    hashSecret: process.env.VNPAY_HASH_SECRET,
    paymentUrl: process.env.VNPAY_URL,
    returnUrl: process.env.VNPAY_RETURN_URL,
    serverIp: process.env.VNPAY_SERVER_IP,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== "")),
  }
  if (!options.tmnCode || !options.hashSecret || !options.paymentUrl || !options.returnUrl) {
    return null
  }
  return options as VNPayOptions
}

let cached: { key: string; client: VNPay } | undefined

/** One VNPay client per set of credentials for this process. */
export function vnpayClient(options: VNPayOptions): VNPay {
  const key = `${options.tmnCode}|${options.hashSecret}|${options.paymentUrl}`
  if (!cached || cached.key !== key) {
    cached = {
      key,
      client: new VNPay({
        tmnCode: options.tmnCode,
        hashSecret: options.hashSecret,
        environment: environmentFromUrl(options.paymentUrl),
      }),
    }
  }
  return cached.client
}

export function requireVNPayOptions(overrides: Partial<VNPayOptions> = {}): VNPayOptions {
  const options = readVNPayOptions(overrides)
  if (!options) {
    throw new Error(
      "VNPay is not configured: set VNPAY_TMN_CODE, VNPAY_HASH_SECRET, VNPAY_URL and VNPAY_RETURN_URL " +
        "(npm start sets them to the local sandbox when none are given)"
    )
  }
  return options
}
