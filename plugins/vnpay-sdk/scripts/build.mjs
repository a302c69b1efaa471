// Builds ESM (dist/esm) and CommonJS (dist/cjs) with tsc, with a package.json in each that
// tells Node which module system the folder uses.
import { execFileSync } from "node:child_process"
import { chmodSync, existsSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const tsc = path.resolve(root, "../../node_modules/.bin/tsc")
rmSync(path.join(root, "dist"), { recursive: true, force: true })
for (const [config, folder, type] of [
  ["tsconfig.esm.json", "esm", "module"],
  ["tsconfig.cjs.json", "cjs", "commonjs"],
]) {
  execFileSync(tsc, ["-p", path.join(root, config)], { stdio: "inherit" })
  writeFileSync(path.join(root, "dist", folder, "package.json"), `${JSON.stringify({ type })}\n`)
}
const cli = path.join(root, "dist/cjs/sandbox/cli.js")
if (existsSync(cli)) chmodSync(cli, 0o755)
