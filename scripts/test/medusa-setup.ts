// Medusa loads medusa-config.ts, modules and plugins with Node's own require, so TypeScript
// has to be registered for require as well as for vitest's transform.
import "ts-node/register"
import "tsconfig-paths/register"

// @medusajs/test-utils enables SSL for any host but "localhost" (and then hangs on a local server).
process.env.DB_HOST ??= "localhost"
process.env.DB_USERNAME ??= "postgres"
process.env.DB_PASSWORD ??= ""
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
