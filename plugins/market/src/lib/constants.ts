export const MARKET_MODULE = "market"

/** Emitted after a stall's feed got a new event (paid, review…); the live feed publishes it. */
export const STALL_FEED_EVENT = "market.stall_feed.appended"
/** Emitted when a request is paid (for the payouts ledger and the markets' figures). */
export const PAYMENT_REQUEST_PAID_EVENT = "market.payment_request.paid"

/** @choso/payment-vnpay's attempt purpose for a stall's request. */
export const VNPAY_STALL_PURPOSE = "stall_payment"

export const SEPAY_PROVIDER = "sepay"
