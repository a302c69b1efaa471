import { setTimeout } from "node:timers/promises"
import { describe, expect, it } from "vitest"
import { photoSlots } from "../src/lib/photo-slots"

describe("photoSlots", () => {
  it("runs at most `slots` jobs at once and every job in the order it asked", async () => {
    const inSlot = photoSlots(2)
    let running = 0
    let peak = 0
    const started: number[] = []
    const jobs = Array.from({ length: 6 }, (_, i) =>
      inSlot(async () => {
        started.push(i)
        running++
        peak = Math.max(peak, running)
        await setTimeout(20)
        running--
        return i
      })
    )
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5])
    expect(peak).toBe(2)
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
  })

  it("frees the slot when a job fails", async () => {
    const inSlot = photoSlots(1)
    await expect(inSlot(async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused")
    expect(await inSlot(async () => "next")).toBe("next")
  })
})
