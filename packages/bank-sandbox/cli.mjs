#!/usr/bin/env node
// node packages/bank-sandbox/cli.mjs --port 9300 --webhook-url http://localhost:9000/hooks/sepay
//   (--hmac-secret S | --api-key K) [--host 127.0.0.1]
import { parseArgs } from "node:util"
import { startBankSandbox } from "./server.mjs"

const USAGE =
  "Usage: cli.mjs --port 9300 --webhook-url http://localhost:9000/hooks/sepay (--hmac-secret S | --api-key K) [--host 127.0.0.1]"

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`bank-sandbox: ${message}\n${USAGE}`)
  process.exit(2)
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "webhook-url": { type: "string" },
        "hmac-secret": { type: "string" },
        "api-key": { type: "string" },
      },
      strict: true,
    }).values
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
}

const values = readOptions()
const port = Number(values.port ?? 9300)
const webhookUrl = values["webhook-url"]
const hmacSecret = values["hmac-secret"] || process.env.BANK_SANDBOX_HMAC_SECRET || undefined
const apiKey = values["api-key"] || process.env.BANK_SANDBOX_API_KEY || undefined
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port is a port number, not ${values.port}`)
if (!webhookUrl) fail("--webhook-url is required")
if (!hmacSecret === !apiKey) fail("give exactly one of --hmac-secret and --api-key")

const sandbox = await startBankSandbox({
  port,
  host: values.host,
  webhookUrl,
  hmacSecret,
  apiKey,
  log: (message) => console.log(message),
})

/** @param {NodeJS.Signals} signal */
function stop(signal) {
  sandbox.close().then(() => process.exit(signal === "SIGINT" ? 130 : 0))
}
process.once("SIGINT", stop)
process.once("SIGTERM", stop)
