import type { ChildProcess } from "node:child_process"
import type { Writable } from "node:stream"

export interface StartOptions {
  cwd?: string
  env?: Record<string, string>
  onExit?: (name: string, code: number | null, signal: NodeJS.Signals | null) => void
  logFile?: Writable
}
export class ProcessGroup {
  start(name: string, command: string, args: string[], options?: StartOptions): ChildProcess
  stopAll(graceMs?: number): Promise<void>
}
export function run(
  command: string,
  args: string[],
  options?: { cwd?: string; env?: Record<string, string>; quiet?: boolean }
): Promise<string>
export function waitForHttp(url: string, options?: { timeoutMs?: number; isAlive?: () => boolean }): Promise<void>
