export interface SecretRuleOptions {
  /** Shortest acceptable value; 32 unless given. */
  minLength?: number
}

export interface UnsafeSecretOptions extends SecretRuleOptions {
  /** How a person gets a good value; `generate one with: openssl rand -hex 32` unless given. */
  howToFix?: string
}

/** Words that mark a value as a placeholder, compared without case and punctuation. */
export declare const PLACEHOLDER_WORDS: readonly string[]
export declare const DEFAULT_MIN_LENGTH: 32
export declare const GENERATE_COMMAND: "openssl rand -hex 32"
/** VNPAY_HASH_SECRET: at least 16 characters, copied from VNPay rather than generated. */
export declare const VNPAY_HASH_SECRET_RULE: Readonly<Required<UnsafeSecretOptions>>

/** Why `value` is unsafe as a production secret, or null when it passes the rule. */
export declare function secretProblem(value: string | undefined, options?: SecretRuleOptions): string | null

/** `value` when it passes the rule; otherwise throws an Error that names `name`, the reason and the fix. */
export declare function requireSafeSecret(
  name: string,
  value: string | undefined,
  options?: UnsafeSecretOptions
): string
