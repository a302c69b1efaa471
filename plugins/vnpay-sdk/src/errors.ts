import type { Bilingual } from "./codes.js"

/** Base of every error the SDK throws (stripe-node style). */
export class VNPayError extends Error {
  readonly type: string
  constructor(message: string, type = "VNPayError") {
    super(message)
    this.name = type
    this.type = type
  }
}

/** Bad parameters, caught before any URL is built or request sent. */
export class VNPayInvalidRequestError extends VNPayError {
  readonly param?: string
  constructor(message: string, param?: string) {
    super(message, "VNPayInvalidRequestError")
    this.param = param
  }
}

/** A return URL, IPN or API response whose signature does not match. */
export class VNPaySignatureVerificationError extends VNPayError {
  constructor(message = "VNPay signature verification failed") {
    super(message, "VNPaySignatureVerificationError")
  }
}

/** The network failed (refused, reset, timed out) after every retry. */
export class VNPayConnectionError extends VNPayError {
  readonly cause?: unknown
  constructor(message: string, cause?: unknown) {
    super(message, "VNPayConnectionError")
    this.cause = cause
  }
}

/** VNPay answered, but not with success: carries its response code and what it means. */
export class VNPayAPIError extends VNPayError {
  readonly code: string
  readonly meaning: Bilingual
  readonly statusCode?: number
  readonly raw?: unknown
  constructor(code: string, meaning: Bilingual, options: { statusCode?: number; raw?: unknown } = {}) {
    super(`VNPay answered ${code}: ${meaning.en}`, "VNPayAPIError")
    this.code = code
    this.meaning = meaning
    this.statusCode = options.statusCode
    this.raw = options.raw
  }
}

/** A field by which an API answer names the request it answers. */
export type VNPayAnsweredField = "vnp_TxnRef" | "vnp_Command"

/**
 * A correctly signed querydr/refund answer that is about another vnp_TxnRef or another command
 * than the request's: it answers some other request, so nothing in it may be acted upon.
 */
export class VNPayResponseMismatchError extends VNPayError {
  readonly field: VNPayAnsweredField
  /** The request's value. */
  readonly expected: string
  /** The answer's value ("" when a success answer left it out). */
  readonly received: string
  readonly statusCode?: number
  readonly raw?: unknown
  constructor(
    field: VNPayAnsweredField,
    expected: string,
    received: string,
    options: { statusCode?: number; raw?: unknown } = {}
  ) {
    super(
      `VNPay's answer is about ${field} "${received}", but the request was for "${expected}"`,
      "VNPayResponseMismatchError"
    )
    this.field = field
    this.expected = expected
    this.received = received
    this.statusCode = options.statusCode
    this.raw = options.raw
  }
}
