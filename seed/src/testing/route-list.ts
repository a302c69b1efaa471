import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

/**
 * Every `METHOD /prefix/...` that the `route.ts` files under `dir` export, sorted; `[id]` folders
 * become `:id`. Scoping tests compare their table with this list, so a new route without a row
 * fails them.
 */
export function routesUnder(dir: string, prefix: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) {
      found.push(...routesUnder(full, `${prefix}/${entry.replace(/^\[(\w+)\]$/, ":$1")}`))
    } else if (entry === "route.ts") {
      const source = readFileSync(full, "utf8")
      for (const [, method] of source.matchAll(/export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
        found.push(`${method} ${prefix}`)
      }
    }
  }
  return found.sort()
}
