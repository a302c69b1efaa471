import { spawn } from "node:child_process"

/**
 * Children started in their own process group, so stopping one stops everything it started
 * (medusa and react-router-serve spawn workers of their own).
 */
export class ProcessGroup {
  constructor() {
    this.children = new Set()
    this.stopping = false
  }

  /** Starts a long-running process; `onExit` is called if it dies while we are not stopping. */
  start(name, command, args, { cwd, env, onExit, logFile } = {}) {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    child.name = name
    this.children.add(child)
    const prefix = `[${name}] `
    const forward = (stream, out) =>
      stream.on("data", (chunk) => {
        if (logFile) {
          logFile.write(chunk)
        } else {
          out.write(chunk.toString().replace(/^(?=.)/gm, prefix))
        }
      })
    forward(child.stdout, process.stdout)
    forward(child.stderr, process.stderr)
    child.on("exit", (code, signal) => {
      this.children.delete(child)
      if (!this.stopping && onExit) {
        onExit(name, code, signal)
      }
    })
    return child
  }

  /** SIGTERM to every group, then SIGKILL to whatever is left after `graceMs`. */
  async stopAll(graceMs = 8000) {
    this.stopping = true
    const alive = [...this.children]
    for (const child of alive) {
      signalGroup(child, "SIGTERM")
    }
    const deadline = Date.now() + graceMs
    while (this.children.size && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100))
    }
    for (const child of this.children) {
      signalGroup(child, "SIGKILL")
    }
    this.stopping = false
  }
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // already gone
  }
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const collect = (chunk) => {
      output += chunk
      if (!quiet) {
        process.stdout.write(chunk)
      }
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("exit", (code) => {
      if (code === 0) {
        resolve(output)
      } else {
        const error = new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`)
        reject(error)
      }
    })
  })
}

/** Polls an URL until it answers 2xx/3xx. */
export async function waitForHttp(url, { timeoutMs = 120_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  let lastError = ""
  while (Date.now() < deadline) {
    if (!isAlive()) {
      throw new Error(`process behind ${url} exited before it was ready`)
    }
    try {
      const res = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(3000) })
      if (res.status < 400) {
        return
      }
      lastError = `HTTP ${res.status}`
    } catch (error) {
      lastError = error.message
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000}s (${lastError})`)
}
