import { reactRouter } from "@react-router/dev/vite"
import { defineConfig } from "vite"

export default defineConfig({
  plugins: [reactRouter()],
  // Vite 8 resolves tsconfig `paths` (~/* → ./app/*) itself.
  resolve: { tsconfigPaths: true },
  server: { port: 5173 },
  // The SDK is only imported from *.server.ts files; don't pre-bundle it for the browser in dev.
  optimizeDeps: { exclude: ["@medusajs/js-sdk"] },
  build: {
    // The Medusa SDK must never reach the browser bundle: it is only imported from *.server.ts.
    sourcemap: false,
  },
})
