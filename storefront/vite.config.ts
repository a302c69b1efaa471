import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  // Vite 8 resolves tsconfig `paths` (~/* → ./app/*) itself.
  resolve: { tsconfigPaths: true },
  server: { port: 5173 },
  build: {
    // The Medusa SDK must never reach the browser bundle: it is only imported from *.server.ts.
    sourcemap: false,
  },
});
