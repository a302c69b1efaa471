#!/usr/bin/env node
// `npm test`: typecheck every workspace, then the vitest projects one after another
// (unit → storefront → integration → e2e), against PostgreSQL on localhost:5432 when it
// answers and embedded PostgreSQL otherwise. Last line: "N passed, N failed".
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { startEmbeddedPostgres } from "./lib/postgres.mjs"
import { run } from "./lib/processes.mjs"
import { ROOT } from "./lib/stack.mjs"

const args = process.argv.slice(2)
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",")
const RESULTS = path.join(ROOT, "test-results")
const WORKSPACES = [
  "packages/commerce",
  "packages/seller-rules",
  "packages/market-rules",
  "packages/ocop-rules",
  "packages/trace-rules",
  "packages/bank-sandbox",
  "packages/secret-rule",
  "plugins/vietnam",
  "plugins/vnpay-sdk",
  "plugins/payment-vnpay",
  "plugins/marketplace",
  "plugins/market",
  "plugins/ocop",
  "plugins/traceability",
  "seed",
  "backend",
  "storefront",
]
const PROJECTS = ["unit", "storefront", "integration", "e2e"]
const totals = { passed: 0, failed: 0, skipped: 0 }
const failures = []

function section(title) {
  console.log(`\n\x1b[1m── ${title} ${"─".repeat(Math.max(0, 70 - title.length))}\x1b[0m`)
}

async function localPostgresAnswers() {
  const client = new pg.Client({
    host: "localhost",
    port: 5432,
    user: "postgres",
    database: "postgres",
    connectionTimeoutMillis: 2000,
  })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function step(name, fn) {
  try {
    await fn()
    totals.passed++
    console.log(`  \x1b[32m✓\x1b[0m ${name}`)
  } catch (error) {
    totals.failed++
    failures.push(name)
    console.log(`  \x1b[31m✗\x1b[0m ${name}\n${String(error.message).split("\n").slice(-40).join("\n")}`)
  }
}

async function runProject(project, env) {
  const output = path.join(RESULTS, `${project}.json`)
  rmSync(output, { force: true })
  try {
    await run(
      path.join(ROOT, "node_modules/.bin/vitest"),
      ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`],
      { cwd: ROOT, env }
    )
  } catch {
    // counted from the report below
  }
  if (!existsSync(output)) {
    totals.failed++
    failures.push(`${project}: vitest wrote no report`)
    return
  }
  const report = JSON.parse(readFileSync(output, "utf8"))
  totals.passed += report.numPassedTests
  totals.failed += report.numFailedTests
  totals.skipped += report.numPendingTests + report.numTodoTests
  // A file that failed to load, or whose beforeAll failed (its tests then count as skipped),
  // has no failed test to count: count the file as a failure.
  for (const file of report.testResults) {
    if (file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed")) {
      totals.failed++
      failures.push(`${path.relative(ROOT, file.name)}: ${file.message.split("\n")[0]}`)
    }
    for (const test of file.assertionResults) {
      if (test.status === "failed") failures.push(`${project}: ${test.fullName}`)
    }
  }
  if (report.numTotalTestSuites === 0 && report.numTotalTests === 0) {
    totals.failed++
    failures.push(`${project}: no tests ran`)
  }
}

async function main() {
  mkdirSync(RESULTS, { recursive: true })
  const env = { MEDUSA_DISABLE_TELEMETRY: "true" }
  let embedded = null

  section("Build the packages the backend loads")
  for (const ws of [
    "plugins/vietnam",
    "plugins/vnpay-sdk",
    "plugins/payment-vnpay",
    "plugins/marketplace",
    "plugins/market",
    "plugins/ocop",
    "plugins/traceability",
  ]) {
    await step(`build ${ws}`, () => run("npm", ["run", "build", "--workspace", ws], { cwd: ROOT, quiet: true }))
  }

  if (!only || only.includes("lint")) {
    section("Format and lint")
    await step("biome check (one style for every workspace)", () =>
      run(path.join(ROOT, "node_modules/.bin/biome"), ["check", "."], { cwd: ROOT, quiet: true })
    )
  }

  if (!only || only.includes("typecheck")) {
    section("Typecheck")
    await step("typecheck e2e and scripts", () =>
      run(path.join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: ROOT, quiet: true })
    )
    for (const ws of WORKSPACES) {
      await step(`typecheck ${ws}`, () =>
        run("npm", ["run", "typecheck", "--workspace", ws], { cwd: ROOT, quiet: true })
      )
    }
  }

  const needsDb = PROJECTS.filter((p) => !only || only.includes(p)).some((p) => p === "integration" || p === "e2e")
  if (needsDb) {
    if (await localPostgresAnswers()) {
      console.log("\nPostgreSQL answers on localhost:5432: tests create and drop their own databases there.")
      Object.assign(env, { DB_HOST: "localhost", DB_PORT: "5432", DB_USERNAME: "postgres", DB_PASSWORD: "" })
    } else {
      console.log("\nNo PostgreSQL on localhost:5432: starting embedded PostgreSQL for the tests.")
      embedded = await startEmbeddedPostgres(path.join(ROOT, ".data/test-postgres"), { database: "postgres" })
      Object.assign(env, {
        DB_HOST: "localhost",
        DB_PORT: String(embedded.port),
        DB_USERNAME: "postgres",
        DB_PASSWORD: "postgres",
      })
    }
  }

  for (const project of PROJECTS) {
    if (only && !only.includes(project)) continue
    section(`vitest project: ${project}`)
    await runProject(project, env)
  }
  if (embedded) await embedded.stop()

  if (failures.length) {
    section("Failures")
    for (const f of failures) console.log(`  ✗ ${f}`)
  }
  console.log(
    `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`
  )
  process.exit(totals.failed ? 1 : 0)
}

main().catch((error) => {
  console.error(error)
  console.log(`\n${totals.passed} passed, ${totals.failed + 1} failed`)
  process.exit(1)
})
