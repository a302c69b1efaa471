/**
 * The production rule for the storefront's SESSION_SECRET. A copy of packages/secret-rule
 * (`requireSafeSecret`, which the backend and the seed use) until the storefront depends on that
 * package; tests/secret-rule.test.ts checks that the two agree.
 */

export const MIN_SECRET_LENGTH = 32;
export const GENERATE_COMMAND = "openssl rand -hex 32";

/** Compared without case and punctuation; long enough that a random secret practically never holds one. */
const PLACEHOLDER_WORDS = ["changeme", "replaceme", "secret", "password", "example", "placeholder", "development", "insecure"];

/** Why `value` is unfit to sign with in production, or null when it is fit. */
export function secretProblem(value: string | undefined): string | null {
  if (!value) {
    return "is not set";
  }
  if (value.length < MIN_SECRET_LENGTH) {
    return `is only ${value.length} character${value.length === 1 ? "" : "s"} long (at least ${MIN_SECRET_LENGTH} are needed)`;
  }
  // "Change_Me", "change-me" and "CHANGE ME" are the same placeholder.
  const letters = value.toLowerCase().replace(/[^a-z0-9]/g, "");
  const word = PLACEHOLDER_WORDS.find((w) => letters.includes(w));
  if (word) {
    return `looks like a placeholder (it contains "${word}")`;
  }
  if (new Set(value).size === 1) {
    return "is one character repeated";
  }
  return null;
}

/** `value` when it is a usable production secret; otherwise throws, naming `name`, the reason and the fix. */
export function assertProductionSecret(name: string, value: string | undefined): string {
  const problem = secretProblem(value);
  if (problem !== null || !value) {
    throw new Error(
      `${name} ${problem ?? "is not set"}. With NODE_ENV=production it must be a random value of at least ` +
        `${MIN_SECRET_LENGTH} characters; generate one with: ${GENERATE_COMMAND}`,
    );
  }
  return value;
}
