import { defineConfig } from "vitest/config";

// Deliberately without the React Router plugin: tests import route modules and call their
// loaders/actions directly with real Request objects.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Load dependencies with Node itself (no transform, no sourcemap noise from the SDK).
    server: { deps: { external: [/node_modules/] } },
    env: {
      // Tests that reach the network fail loudly instead of hitting a developer's backend.
      MEDUSA_BACKEND_URL: "http://127.0.0.1:9",
      MEDUSA_PUBLISHABLE_KEY: "pk_test",
      SESSION_SECRET: "test-secret",
    },
  },
});
