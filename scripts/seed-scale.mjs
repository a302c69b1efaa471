#!/usr/bin/env node
// `npm run seed:scale [N]`: grows the catalog of the database `npm start` uses (or DATABASE_URL)
// to N products (default 10,000) with the real product workflow, and links every copy to the
// seller of its producer (in batches), so each product of the bench has a seller. Needs the
// demo seed's sellers step: run `npm start` once first.
import path from "node:path"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { run } from "./lib/processes.mjs"
import { BACKEND, ROOT } from "./lib/stack.mjs"

const target = process.argv[2] ?? process.env.SEED_SCALE_PRODUCTS ?? "10000"
let embedded = null
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  embedded = await startEmbeddedPostgres(path.join(ROOT, ".data/postgres"))
  databaseUrl = embedded.url
}
try {
  await run(path.join(ROOT, "node_modules/.bin/medusa"), ["exec", "./src/scripts/seed-scale.ts"], {
    cwd: BACKEND,
    env: { DATABASE_URL: databaseUrl, SEED_SCALE_PRODUCTS: target, MEDUSA_DISABLE_TELEMETRY: "true" },
  })
} finally {
  if (embedded) await embedded.stop()
}
