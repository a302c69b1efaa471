import { requireSafeSecret, secretProblem as sharedSecretProblem } from "@choso/secret-rule";
import { afterEach, describe, expect, it, vi } from "vitest";
import { assertProductionSecret, secretProblem } from "~/lib/secret-rule.server";

const GOOD = "3f9c1e7a5b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e"; // openssl rand -hex 32

function thrownMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return "(did not throw)";
}

const PLACEHOLDERS = [
  "cho-so-dev-secret-change-me-in-production",
  "please-CHANGE-ME-before-going-live-0123456789",
  "Change_Me_0123456789abcdef0123456789abcdef",
  "my-Secret-value-that-is-long-enough-1234",
  "example-example-example-example-1234",
  "development-only-value-0123456789abcdef",
  "replace-me-with-a-real-value-0123456789",
  "placeholder-0123456789abcdef0123456789",
  "insecure-0123456789abcdef0123456789abcd",
  "password0123456789abcdef0123456789abcd",
];

describe("assertProductionSecret", () => {
  it("accepts a random secret of 32 characters or more", () => {
    expect(assertProductionSecret("SESSION_SECRET", GOOD)).toBe(GOOD);
    expect(assertProductionSecret("SESSION_SECRET", GOOD.slice(0, 32))).toBe(GOOD.slice(0, 32));
  });

  it("refuses a missing secret, saying how to make one", () => {
    expect(() => assertProductionSecret("SESSION_SECRET", undefined)).toThrow(/SESSION_SECRET is not set.*openssl rand -hex 32/);
    expect(() => assertProductionSecret("SESSION_SECRET", "")).toThrow(/is not set/);
  });

  it("refuses a secret shorter than 32 characters", () => {
    expect(() => assertProductionSecret("SESSION_SECRET", GOOD.slice(0, 31))).toThrow(/SESSION_SECRET is only 31 characters long/);
  });

  it("refuses one character repeated", () => {
    expect(() => assertProductionSecret("SESSION_SECRET", "x".repeat(64))).toThrow(/one character repeated/);
  });

  it.each(PLACEHOLDERS)("refuses the placeholder %j, whatever its case and punctuation", (value) => {
    expect(value.length).toBeGreaterThanOrEqual(32);
    expect(() => assertProductionSecret("SESSION_SECRET", value)).toThrow(/looks like a placeholder/);
  });

  it("is the rule of packages/secret-rule, word for word", () => {
    for (const value of [undefined, "", "short", GOOD, GOOD.slice(0, 31), "x".repeat(40), ...PLACEHOLDERS]) {
      expect(secretProblem(value), String(value)).toBe(sharedSecretProblem(value));
    }
    for (const value of [undefined, "short", "change-me-0123456789abcdef0123456789"]) {
      expect(thrownMessage(() => assertProductionSecret("SESSION_SECRET", value))).toBe(
        thrownMessage(() => requireSafeSecret("SESSION_SECRET", value)),
      );
    }
  });
});

describe("the storefront's session secret", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function loadCookies(nodeEnv: string, sessionSecret: string | undefined) {
    vi.resetModules();
    vi.stubEnv("NODE_ENV", nodeEnv);
    vi.stubEnv("SESSION_SECRET", sessionSecret);
    vi.stubEnv("COOKIE_SECRET", undefined);
    return import("~/lib/cookies.server");
  }

  it("stops a production server from starting without a real one", async () => {
    await expect(loadCookies("production", undefined)).rejects.toThrow(/SESSION_SECRET is not set.*openssl rand -hex 32/);
    await expect(loadCookies("production", "test-secret")).rejects.toThrow(/SESSION_SECRET/);
  });

  it("signs cookies with a good one", async () => {
    const { ordersCookie } = await loadCookies("production", GOOD);
    const cookie = await ordersCookie.serialize(["order_1"]);
    expect(await ordersCookie.parse(cookie)).toEqual(["order_1"]);
  });

  it("keeps the development default outside production", async () => {
    await expect(loadCookies("development", undefined)).resolves.toHaveProperty("ordersCookie");
  });
});
