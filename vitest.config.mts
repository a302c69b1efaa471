import { defineConfig } from "vitest/config"

/**
 * One project per kind of test; `npm test` (scripts/test.mjs) runs them one after another so
 * the heavy ones never compete for this machine's two cores.
 */
const medusa = {
  globals: true,
  pool: "forks" as const,
  fileParallelism: false,
  hookTimeout: 300_000,
  testTimeout: 120_000,
  setupFiles: ["scripts/test/medusa-setup.ts"],
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/tests/**/*.test.ts",
            "plugins/*/tests/**/*.test.ts",
            "seed/tests/**/*.test.ts",
            "scripts/test/**/*.test.ts",
            "backend/unit-tests/**/*.test.ts",
          ],
        },
      },
      "storefront/vitest.config.{ts,mts}",
      {
        test: {
          name: "integration",
          include: [
            "plugins/*/integration-tests/**/*.spec.ts",
            "backend/integration-tests/**/*.spec.ts",
            "seed/integration-tests/**/*.spec.ts",
          ],
          ...medusa,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.ts"],
          pool: "forks",
          fileParallelism: false,
          hookTimeout: 600_000,
          testTimeout: 180_000,
          // Pages post to server actions on a 2-core machine: give them time.
          expect: { poll: { timeout: 30_000, interval: 200 } },
        },
      },
    ],
  },
})
