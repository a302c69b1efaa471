import { defineConfig } from "vitest/config"

// Deliberately without the React Router plugin: tests import route modules and call their
// loaders/actions directly with real Request objects.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    name: "storefront",
    include: ["tests/**/*.test.{ts,tsx}"],
    environment: "node",
    // The server's strings (entry.server.tsx registers them; tests render without it).
    setupFiles: ["tests/setup.ts"],
    pool: "forks",
    // Load dependencies with Node itself (no transform, no sourcemap noise from the SDK).
    server: { deps: { external: [/node_modules/] } },
    env: {
      // Unit and route tests never reach a developer's backend: a stray call fails loudly.
      // The browser test in e2e/ runs the pages against the real backend.
      MEDUSA_BACKEND_URL: "http://127.0.0.1:9",
      MEDUSA_PUBLISHABLE_KEY: "pk_test",
      SESSION_SECRET: "test-secret",
    },
  },
})
