import { readdirSync, readFileSync } from "node:fs"

const CLOCK_TICKS = 100 // USER_HZ: /proc counts CPU time in 1/100 s on Linux

/** CPU seconds (user + system) used so far by a process and its living descendants, from /proc. */
export function treeCpuSeconds(rootPid) {
  const children = new Map()
  const ticks = new Map()
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // Fields after the ")" that ends the command name: state ppid … utime(12th) stime(13th).
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ").pop().split(" ")
      const pid = Number(entry)
      ticks.set(pid, Number(fields[11]) + Number(fields[12]))
      const ppid = Number(fields[1])
      if (!children.has(ppid)) children.set(ppid, [])
      children.get(ppid).push(pid)
    } catch {
      // process ended while we looked
    }
  }
  let total = 0
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()
    total += ticks.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total / CLOCK_TICKS
}
