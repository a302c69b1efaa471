import { spawn } from "node:child_process"
import net from "node:net"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { findFreePort } from "../lib/ports.mjs"

const START = path.resolve(__dirname, "../start.mjs")

function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [START], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (c) => (output += c))
    child.stderr.on("data", (c) => (output += c))
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000)
    child.on("exit", (code) => {
      clearTimeout(timer)
      resolve({ code, output, ms: Date.now() - started })
    })
  })
}

describe("npm start refuses to start half-way", () => {
  it("names a busy port and exits non-zero without starting anything", async () => {
    const port = await findFreePort(23000)
    const blocker = net.createServer().listen(port, "0.0.0.0")
    await new Promise((r) => blocker.once("listening", r))
    try {
      const storefrontPort = await findFreePort(port + 1)
      const { code, output } = await runStart({ BACKEND_PORT: String(port), STOREFRONT_PORT: String(storefrontPort) })
      expect(code).toBe(1)
      expect(output).toContain(`Port ${port} for the backend is already in use`)
      expect(output).not.toContain("embedded PostgreSQL")
    } finally {
      blocker.close()
    }
  })

  it("says a broken DATABASE_URL is broken and exits non-zero instead of hanging", async () => {
    const closed = await findFreePort(24000) // nothing listens there
    const backend = await findFreePort(24100)
    const storefront = await findFreePort(24200)
    const { code, output, ms } = await runStart({
      DATABASE_URL: `postgres://postgres:secret@localhost:${closed}/choso`,
      BACKEND_PORT: String(backend),
      STOREFRONT_PORT: String(storefront),
    })
    expect(code).toBe(1)
    expect(output).toContain("Cannot use DATABASE_URL")
    expect(output).not.toContain("secret") // the password is not printed
    expect(ms).toBeLessThan(20_000)
  })
})
