import { defineConfig } from "vitest/config";

// Deliberately without the React Router plugin: tests import route modules and call their
// loaders/actions directly with real Request objects.
const live = process.env.MEDUSA_LIVE === "1";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Load dependencies with Node itself (no transform, no sourcemap noise from the SDK).
    server: { deps: { external: [/node_modules/] } },
    env: live
      ? {
          // MEDUSA_LIVE=1: tests/live.test.ts runs against a running backend (seeded).
          MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
          MEDUSA_PUBLISHABLE_KEY: process.env.MEDUSA_PUBLISHABLE_KEY ?? "",
          SESSION_SECRET: "test-secret",
        }
      : {
          // Unit and route tests never reach a developer's backend: a stray call fails loudly.
          MEDUSA_BACKEND_URL: "http://127.0.0.1:9",
          MEDUSA_PUBLISHABLE_KEY: "pk_test",
          SESSION_SECRET: "test-secret",
        },
  },
});
