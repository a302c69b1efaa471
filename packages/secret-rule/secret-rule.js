// The production rule for secrets, shared by the backend, the seed and the storefront. Plain
// ESM with a hand-written .d.ts so that every workspace and Docker image can use it unbuilt.

export const DEFAULT_MIN_LENGTH = 32
export const GENERATE_COMMAND = "openssl rand -hex 32"

// Long enough that a random hex, base64 or A–Z secret practically never contains one.
export const PLACEHOLDER_WORDS = Object.freeze([
  "changeme",
  "replaceme",
  "secret",
  "password",
  "example",
  "placeholder",
  "development",
  "insecure",
])

// VNPay issues 32 uppercase letters; it cannot be generated locally, only copied.
export const VNPAY_HASH_SECRET_RULE = Object.freeze({
  minLength: 16,
  howToFix: "copy the hash secret (vnp_HashSecret) from VNPay's merchant portal",
})

/**
 * @param {string | undefined} value
 * @param {{ minLength?: number }} [options]
 * @returns {string | null}
 */
export function secretProblem(value, { minLength = DEFAULT_MIN_LENGTH } = {}) {
  if (!value) {
    return "is not set"
  }
  if (value.length < minLength) {
    return `is only ${value.length} character${value.length === 1 ? "" : "s"} long (at least ${minLength} are needed)`
  }
  // "Change_Me", "change-me" and "CHANGE ME" are the same placeholder.
  const letters = value.toLowerCase().replace(/[^a-z0-9]/g, "")
  const word = PLACEHOLDER_WORDS.find((w) => letters.includes(w))
  if (word) {
    return `looks like a placeholder (it contains "${word}")`
  }
  if (/^(.)\1*$/s.test(value)) {
    return "is one character repeated"
  }
  return null
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {{ minLength?: number, howToFix?: string }} [options]
 * @returns {string}
 */
export function requireSafeSecret(name, value, { minLength = DEFAULT_MIN_LENGTH, howToFix } = {}) {
  const problem = secretProblem(value, { minLength })
  if (problem) {
    throw new Error(
      `${name} ${problem}. With NODE_ENV=production it must be a random value of at least ${minLength} characters; ` +
        (howToFix ?? `generate one with: ${GENERATE_COMMAND}`)
    )
  }
  return /** @type {string} */ (value)
}
