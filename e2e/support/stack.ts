import type { ChildProcess } from "node:child_process"
import { once } from "node:events"
import { createWriteStream, existsSync, mkdirSync, mkdtempSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { findFreePort } from "../../scripts/lib/ports.mjs"
import { ProcessGroup } from "../../scripts/lib/processes.mjs"
import {
  backendEnv,
  buildIfNeeded,
  localSecrets,
  migrate,
  seed,
  startBackend,
  startBankSandbox,
  startStorefront,
  startVNPaySandbox,
  waitForHttp,
} from "../../scripts/lib/stack.mjs"

export interface RunningStack {
  backendUrl: string
  storefrontUrl: string
  /** The local VNPay sandbox the backend pays through (always the sandbox here, never real VNPay). */
  sandboxUrl: string
  /** The local bank sandbox (packages/bank-sandbox), only with `bankSandbox: true`. */
  bankUrl?: string
  /** The SEPAY_WEBHOOK_HMAC_SECRET the backend verifies bank webhooks with, only with `bankSandbox: true`. */
  sepayHmacSecret?: string
  publishableKey: string
  /**
   * The stack's own PostgreSQL database (created fresh by startStack, dropped by stop), for a test
   * that reads or alters what the backend stored.
   */
  databaseUrl: string
  /** SIGKILL to the backend's whole process group, as a crash would; resolves once it is gone. */
  killBackend(): Promise<void>
  /** Starts the backend again with the same env, database and port; resolves when /health answers. */
  restartBackend(): Promise<void>
  stop(): Promise<void>
}

export interface StackOptions {
  /** Extra backend environment, over the defaults below (e.g. a faster reconciliation cron). */
  backendEnv?: Record<string, string>
  /**
   * Chợ 4.0 bank transfers: gives the backend a random SEPAY_WEBHOOK_HMAC_SECRET and starts the
   * local bank sandbox signing its SePay webhooks with it (always the sandbox, never real SePay).
   */
  bankSandbox?: boolean
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`
    )
  }
}

function adminConnection() {
  return {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
  }
}

async function sql(statement: string): Promise<void> {
  const client = new pg.Client({ ...adminConnection(), database: "postgres" })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * The whole system as `npm start` runs it, on its own fresh database and free ports:
 * production builds, migrations, the real seed, backend and storefront.
 */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const dbName = `choso_e2e_${Date.now()}`
  await sql(`create database ${dbName}`)
  const { host, port, user, password } = adminConnection()
  const databaseUrl = `postgres://${user}:${encodeURIComponent(password)}@${host}:${port}/${dbName}`
  const group = new ProcessGroup()
  const stop = async () => {
    await group.stopAll()
    await sql(`drop database if exists ${dbName} with (force)`).catch(() => undefined)
  }
  try {
    await buildIfNeeded({ log: (m: string) => console.log(`[e2e] ${m}`) })
    const backendPort = await findFreePort(19000)
    const storefrontPort = await findFreePort(13000)
    const sandboxPort = await findFreePort(18090)
    const storefrontUrl = `http://localhost:${storefrontPort}`
    const sandboxUrl = `http://localhost:${sandboxPort}`
    const secrets = localSecrets()
    const sepayHmacSecret = options.bankSandbox ? secrets.BANK_SANDBOX_SECRET : undefined
    const vnpayEnv = {
      VNPAY_TMN_CODE: "CHOSOE2E",
      VNPAY_HASH_SECRET: secrets.VNPAY_SANDBOX_SECRET,
      VNPAY_URL: `${sandboxUrl}/paymentv2/vpcpay.html`,
      VNPAY_RETURN_URL: `${storefrontUrl}/thanh-toan/vnpay`,
    }
    const env = {
      ...backendEnv({ databaseUrl, backendPort, storefrontUrl, production: true, secrets, vnpayEnv }),
      // Settle payments whose IPN was lost after 5 s instead of minutes, checking every 5 s.
      VNPAY_RECONCILE_AFTER_SECONDS: "5",
      VNPAY_RECONCILE_CRON: "*/5 * * * * *",
      ...(sepayHmacSecret ? { SEPAY_WEBHOOK_HMAC_SECRET: sepayHmacSecret } : {}),
      ...options.backendEnv,
    }
    await migrate(env, { log: () => undefined })
    const outDir = mkdtempSync(path.join(os.tmpdir(), "choso-e2e-"))
    const { publishableKey } = await seed(env, path.join(outDir, "seed.json"), { log: () => undefined })
    const backendUrl = `http://localhost:${backendPort}`
    // The servers' own logs go to a file next to the test report, not into the test output.
    const logDir = path.resolve(__dirname, "../../test-results")
    mkdirSync(logDir, { recursive: true })
    const logFile = createWriteStream(path.join(logDir, "e2e-servers.log"))
    startVNPaySandbox(group, {
      port: sandboxPort,
      vnpayEnv,
      ipnUrl: `http://localhost:${backendPort}/hooks/vnpay/ipn`,
      logFile,
    })
    await waitForHttp(`${sandboxUrl}/_sandbox/health`)
    let bankUrl: string | undefined
    if (sepayHmacSecret) {
      const bankPort = await findFreePort(18300)
      // The bank sandbox listens on 127.0.0.1 only.
      bankUrl = `http://127.0.0.1:${bankPort}`
      startBankSandbox(group, {
        port: bankPort,
        hmacSecret: sepayHmacSecret,
        webhookUrl: `http://localhost:${backendPort}/hooks/sepay`,
        logFile,
      })
      await waitForHttp(`${bankUrl}/_sandbox/health`)
    }
    let backend = startBackend(group, env, { production: true, logFile })
    await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
    const storefront = startStorefront(group, {
      port: storefrontPort,
      backendUrl,
      publishableKey,
      production: true,
      logFile,
    })
    await waitForHttp(`${storefrontUrl}/healthz`, { isAlive: () => storefront.exitCode === null })
    const killBackend = () => killProcessGroup(backend)
    const restartBackend = async () => {
      await killProcessGroup(backend)
      backend = startBackend(group, env, { production: true, logFile })
      await waitForHttp(`${backendUrl}/health`, { isAlive: () => backend.exitCode === null })
    }
    return {
      backendUrl,
      storefrontUrl,
      sandboxUrl,
      ...(bankUrl ? { bankUrl, sepayHmacSecret } : {}),
      publishableKey,
      databaseUrl,
      killBackend,
      restartBackend,
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * SIGKILL to a child started by ProcessGroup (its pid is its process group's id), then waits
 * until the child has exited and, bounded, until nothing of its group is left, so its port is free.
 */
async function killProcessGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid
  if (pid === undefined) return
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : once(child, "exit")
  try {
    process.kill(-pid, "SIGKILL")
  } catch {
    // already gone
  }
  await exited
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0)
    } catch {
      return
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** A bearer token for the demo operator, through Medusa's own emailpass auth route. */
export async function adminToken(backendUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) {
    throw new Error(`admin login failed: HTTP ${res.status} ${await res.text()}`)
  }
  const { token } = (await res.json()) as { token: string }
  return token
}

/** Switches how the sandbox delivers IPNs: normally, late, never (lost) or several at once. */
export async function setIpnMode(
  stack: RunningStack,
  mode: "normal" | "late" | "lost" | "duplicate",
  delayMs?: number
): Promise<void> {
  const res = await fetch(`${stack.sandboxUrl}/_sandbox/config`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ mode, ...(delayMs ? { delayMs } : {}) }),
  })
  if (!res.ok) throw new Error(`sandbox config failed: HTTP ${res.status} ${await res.text()}`)
}
