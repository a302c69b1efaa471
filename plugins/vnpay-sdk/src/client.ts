import type { ClientContext } from "./context.js"
import { resolveEnvironment } from "./environment.js"
import { VNPayInvalidRequestError } from "./errors.js"
import {
  DEFAULT_MAX_NETWORK_RETRIES,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  defaultSleep,
} from "./http.js"
import { Ipn } from "./resources/ipn.js"
import { PaymentUrls } from "./resources/payment-urls.js"
import { Refunds } from "./resources/refunds.js"
import { TestHelpers } from "./resources/test-helpers.js"
import { Transactions } from "./resources/transactions.js"
import { Webhooks } from "./resources/webhooks.js"
import type { VNPayConfig } from "./types.js"
import { validateInteger } from "./validation.js"

/**
 * A VNPay 2.1.0 client, stripe-node style:
 * `paymentUrls.create`, `webhooks.constructEvent`, `ipn.reply`, `transactions.retrieve` (querydr),
 * `refunds.create`, `testHelpers.signedReturnQuery`.
 */
export class VNPay {
  readonly paymentUrls: PaymentUrls
  readonly webhooks: Webhooks
  readonly ipn: Ipn
  readonly transactions: Transactions
  readonly refunds: Refunds
  readonly testHelpers: TestHelpers
  readonly tmnCode: string
  /** The resolved payment and API URLs. */
  readonly environment: ClientContext["environment"]

  constructor(config: VNPayConfig) {
    if (typeof config !== "object" || config === null) {
      throw new VNPayInvalidRequestError("new VNPay(config): config is required", "config")
    }
    if (typeof config.tmnCode !== "string" || !/^[A-Za-z0-9]{1,20}$/.test(config.tmnCode)) {
      throw new VNPayInvalidRequestError(
        "tmnCode is required (the vnp_TmnCode VNPay issued: letters and digits)",
        "tmnCode"
      )
    }
    if (typeof config.hashSecret !== "string" || config.hashSecret === "") {
      throw new VNPayInvalidRequestError("hashSecret is required", "hashSecret")
    }
    const environment = resolveEnvironment(config.environment)
    const userFetch = config.fetch
    const context: ClientContext = {
      tmnCode: config.tmnCode,
      hashSecret: config.hashSecret,
      environment,
      http: {
        // Resolved at call time so that a replaced global fetch is honoured.
        fetch: userFetch ?? ((input, init) => globalThis.fetch(input, init)),
        timeout:
          config.timeout === undefined ? DEFAULT_TIMEOUT_MS : validateInteger(config.timeout, "timeout", { min: 1 }),
        maxNetworkRetries:
          config.maxNetworkRetries === undefined
            ? DEFAULT_MAX_NETWORK_RETRIES
            : validateInteger(config.maxNetworkRetries, "maxNetworkRetries", { min: 0, max: 10 }),
        retryBaseDelayMs:
          config.retryBaseDelayMs === undefined
            ? DEFAULT_RETRY_BASE_DELAY_MS
            : validateInteger(config.retryBaseDelayMs, "retryBaseDelayMs"),
        retryMaxDelayMs:
          config.retryMaxDelayMs === undefined
            ? DEFAULT_RETRY_MAX_DELAY_MS
            : validateInteger(config.retryMaxDelayMs, "retryMaxDelayMs"),
        random: config.random ?? Math.random,
        sleep: config.sleep ?? defaultSleep,
      },
    }
    this.tmnCode = context.tmnCode
    this.environment = environment
    this.paymentUrls = new PaymentUrls(context)
    this.webhooks = new Webhooks(context)
    this.ipn = new Ipn()
    this.transactions = new Transactions(context)
    this.refunds = new Refunds(context)
    this.testHelpers = new TestHelpers(context)
  }
}
