/** Waits that the sandbox can cut short all at once when it closes. */
export class Timers {
  private readonly waiting = new Set<{ timer: NodeJS.Timeout; resolve: (done: boolean) => void }>()
  private closed = false

  /** Resolves true after `ms`, or false at once if (or as soon as) the timers are closed. */
  wait(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false)
    if (ms <= 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.waiting.delete(entry)
          resolve(true)
        }, ms),
        resolve,
      }
      this.waiting.add(entry)
    })
  }

  close(): void {
    this.closed = true
    for (const entry of this.waiting) {
      clearTimeout(entry.timer)
      entry.resolve(false)
    }
    this.waiting.clear()
  }
}
