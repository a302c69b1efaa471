#!/usr/bin/env node
// Rewrites a built app's package.json so that a standalone `npm install --omit=dev`
// can run outside the workspace (used by the Dockerfiles in this directory).
//
//   node docker/runtime-package.mjs <path/to/package.json> [--vendor <workspace-package>]...
//
// Run from the workspace root after `npm install`: it reads ./package.json and
// ./package-lock.json to learn which package names are workspaces.
//
// - Removes every dependency that is a workspace package (@choso/*). They are not
//   on the registry. Installing one by name would fail, or could fetch an unrelated
//   public package of that name.
// - For each --vendor package (the Dockerfile copies its build into node_modules),
//   adds that package's own `dependencies` so that npm installs them too.
// - Drops devDependencies. They are not installed with --omit=dev, but npm would
//   still resolve them, and they can name workspace packages too.
// - Copies the root `allowScripts` policy, so that npm 11 runs the same install
//   scripts as in the workspace.
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"

function fail(message) {
  console.error(`runtime-package: ${message}`)
  process.exit(1)
}

const args = process.argv.slice(2)
const target = args.shift()
if (!target || target.startsWith("--")) {
  fail("usage: runtime-package.mjs <package.json> [--vendor <name>]...")
}
const vendor = []
while (args.length) {
  const flag = args.shift()
  const value = args.shift()
  if (flag !== "--vendor" || !value) {
    fail(`unexpected argument ${JSON.stringify(flag)}`)
  }
  vendor.push(value)
}

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"))
const root = readJson("package.json")
const lock = readJson("package-lock.json")

/** workspace package name -> its directory, from the lockfile's workspace links */
const workspaces = new Map()
for (const [key, entry] of Object.entries(lock.packages ?? {})) {
  if (entry.link && key.includes("node_modules/")) {
    workspaces.set(key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length), entry.resolved)
  }
}
if (workspaces.size === 0) {
  fail("no workspace links found in package-lock.json (run npm install first)")
}

const pkg = readJson(target)
const dependencies = { ...(pkg.dependencies ?? {}) }
const removed = []
for (const name of Object.keys(dependencies)) {
  if (workspaces.has(name)) {
    delete dependencies[name]
    removed.push(name)
  }
}

for (const name of vendor) {
  const dir = workspaces.get(name)
  if (!dir) {
    fail(`--vendor ${name} is not a workspace package`)
  }
  const vendored = readJson(join(dir, "package.json"))
  for (const [dep, range] of Object.entries(vendored.dependencies ?? {})) {
    if (workspaces.has(dep)) {
      if (vendor.includes(dep)) continue
      fail(`${name} depends on workspace package ${dep}; vendor it as well or publish it`)
    }
    if (dependencies[dep] && dependencies[dep] !== range) {
      console.error(`runtime-package: keeping ${dep}@${dependencies[dep]} (${name} wants ${range})`)
      continue
    }
    dependencies[dep] = range
  }
}

pkg.dependencies = dependencies
delete pkg.devDependencies
if (root.allowScripts) {
  pkg.allowScripts = root.allowScripts
}
writeFileSync(target, `${JSON.stringify(pkg, null, 2)}\n`)
console.error(
  `runtime-package: ${target}: removed workspace deps [${removed.join(", ")}]` +
    (vendor.length ? `, vendored [${vendor.join(", ")}]` : "")
)
