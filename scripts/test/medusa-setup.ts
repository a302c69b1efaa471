// Medusa loads medusa-config.ts, modules and plugins with Node's own require, so TypeScript
// has to be registered for require as well as for vitest's transform. Type checking is the
// typecheck step's job; here it is transpile-only (swc), with the backend's compiler options.
import path from "node:path"

process.env.TS_NODE_PROJECT ??= path.resolve(__dirname, "../../backend/tsconfig.json")
process.env.TS_NODE_TRANSPILE_ONLY = "true"
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("ts-node/register")

// @medusajs/test-utils enables SSL for any host but "localhost" (and then hangs on a local server).
process.env.DB_HOST ??= "localhost"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
