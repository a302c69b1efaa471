export interface MarketOptions {
  /** SePay webhook: HMAC-SHA256 secret (SEPAY_WEBHOOK_HMAC_SECRET), preferred. */
  sepayHmacSecret?: string
  /** Or SePay's API-key mode (SEPAY_WEBHOOK_API_KEY). */
  sepayApiKey?: string
  /** Live feed across server instances: Redis pub/sub when set, in-process otherwise. */
  redisUrl?: string
  storefrontUrl?: string
}

export interface ResolvedMarketOptions {
  sepayHmacSecret: string | null
  sepayApiKey: string | null
  redisUrl: string | null
  storefrontUrl: string
}

export function resolveMarketOptions(options: MarketOptions): ResolvedMarketOptions {
  return {
    sepayHmacSecret: options.sepayHmacSecret || null,
    sepayApiKey: options.sepayApiKey || null,
    redisUrl: options.redisUrl || null,
    storefrontUrl: (options.storefrontUrl || "http://localhost:3000").replace(/\/+$/, ""),
  }
}
