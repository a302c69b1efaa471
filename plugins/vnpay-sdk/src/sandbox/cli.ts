#!/usr/bin/env node
import { parseCliArgs, USAGE } from "./cli-args.js"
import { type Sandbox, startSandbox } from "./index.js"

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2), process.env)
  if (parsed.help) {
    process.stdout.write(USAGE)
    return
  }
  if ("error" in parsed) {
    process.stderr.write(`vnpay-sandbox: ${parsed.error}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  // Handlers first, so a signal during start-up also stops cleanly.
  let sandbox: Sandbox | undefined
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    process.stdout.write(`${signal}: stopping the sandbox\n`)
    ;(sandbox ? sandbox.close() : Promise.resolve()).then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.on("SIGINT", () => stop("SIGINT"))
  process.on("SIGTERM", () => stop("SIGTERM"))
  const stamp = () => new Date().toISOString().slice(11, 19)
  sandbox = await startSandbox({ ...parsed.options, log: (line) => process.stdout.write(`[${stamp()}] ${line}\n`) })
  if (stopping) {
    await sandbox.close()
    return
  }
  process.stdout.write(`${sandbox.url}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`vnpay-sandbox: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
