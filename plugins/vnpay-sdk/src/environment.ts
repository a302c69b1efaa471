import { VNPayInvalidRequestError } from "./errors.js"

/** Where the client sends customers (payment URL) and API calls (querydr, refund). */
export interface ResolvedEnvironment {
  /** e.g. https://sandbox.vnpayment.vn/paymentv2/vpcpay.html */
  paymentUrl: string
  /** e.g. https://sandbox.vnpayment.vn/merchant_webapi/api/transaction */
  apiUrl: string
}

/**
 * "sandbox" and "production" are VNPay's own hosts; `{ baseUrl }` is a VNPay-shaped host such as
 * the local sandbox (`/paymentv2/vpcpay.html`, `/merchant_webapi/api/transaction`); or give both
 * URLs explicitly.
 */
export type VNPayEnvironment = "sandbox" | "production" | { baseUrl: string } | ResolvedEnvironment

export const API_PATH = "/merchant_webapi/api/transaction"
export const PAYMENT_PATH = "/paymentv2/vpcpay.html"

export const SANDBOX: Readonly<ResolvedEnvironment> = Object.freeze({
  paymentUrl: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
  apiUrl: "https://sandbox.vnpayment.vn/merchant_webapi/api/transaction",
})

/** Production lives on two hosts: pay.vnpay.vn for customers, merchant.vnpay.vn for the API. */
export const PRODUCTION: Readonly<ResolvedEnvironment> = Object.freeze({
  paymentUrl: "https://pay.vnpay.vn/vpcpay.html",
  apiUrl: "https://merchant.vnpay.vn/merchant_webapi/api/transaction",
})

function httpUrl(value: unknown, param: string): URL {
  if (typeof value !== "string" || value === "") {
    throw new VNPayInvalidRequestError(`${param} is required`, param)
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new VNPayInvalidRequestError(`${param} is not a valid URL: ${value}`, param)
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new VNPayInvalidRequestError(`${param} must be an http or https URL: ${value}`, param)
  }
  return url
}

const withoutTrailingSlash = (text: string) => text.replace(/\/+$/, "")

export function resolveEnvironment(environment: VNPayEnvironment | undefined): ResolvedEnvironment {
  if (environment === "sandbox") {
    return { ...SANDBOX }
  }
  if (environment === "production") {
    return { ...PRODUCTION }
  }
  if (typeof environment === "object" && environment !== null) {
    if ("baseUrl" in environment) {
      httpUrl(environment.baseUrl, "environment.baseUrl")
      const base = withoutTrailingSlash(environment.baseUrl)
      return { paymentUrl: `${base}${PAYMENT_PATH}`, apiUrl: `${base}${API_PATH}` }
    }
    if ("paymentUrl" in environment && "apiUrl" in environment) {
      httpUrl(environment.paymentUrl, "environment.paymentUrl")
      httpUrl(environment.apiUrl, "environment.apiUrl")
      return { paymentUrl: environment.paymentUrl, apiUrl: environment.apiUrl }
    }
  }
  throw new VNPayInvalidRequestError(
    'environment must be "sandbox", "production", { baseUrl } or { paymentUrl, apiUrl }',
    "environment"
  )
}

/**
 * From VNPay's documented `vnp_Url` (the payment page URL, e.g.
 * "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html" or "http://localhost:8090/paymentv2/vpcpay.html")
 * to both URLs: the API is `origin + /merchant_webapi/api/transaction` on the same host, except for
 * production, whose payment host pay.vnpay.vn has its API on merchant.vnpay.vn.
 */
export function environmentFromUrl(vnpayUrl: string): ResolvedEnvironment {
  const url = httpUrl(vnpayUrl, "vnpayUrl")
  if (url.origin === new URL(PRODUCTION.paymentUrl).origin) {
    return { ...PRODUCTION }
  }
  return { paymentUrl: `${url.origin}${url.pathname}`, apiUrl: `${url.origin}${API_PATH}` }
}
