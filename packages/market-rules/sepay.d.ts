export declare const SEPAY_SIGNATURE_HEADER: "x-sepay-signature"
export declare const SEPAY_TIMESTAMP_HEADER: "x-sepay-timestamp"
export declare const SEPAY_MAX_DRIFT_SECONDS: number
export declare function sepaySignature(secret: string, timestamp: string | number, rawBody: string | Buffer): string
export declare function sepayApiKeyHeader(key: string): string
export type SePayRejection =
  | "missing_signature"
  | "bad_timestamp"
  | "stale_timestamp"
  | "bad_signature"
  | "missing_api_key"
  | "bad_api_key"
  | "not_configured"
export declare function verifySePay(
  keys: { apiKey?: string | null; hmacSecret?: string | null },
  headers: Record<string, string | string[] | undefined>,
  rawBody: string | Buffer,
  nowSeconds?: number
): SePayRejection | null
