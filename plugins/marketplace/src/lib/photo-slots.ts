import { availableParallelism } from "node:os"
import sharp from "sharp"

// libvips' operation cache only helps when the same image is processed again: an upload never is.
sharp.cache(false)

/**
 * At most one photo per core is decoded at a time; more only queue for the same cores while
 * each holds its decoded pixels in memory. Waiting requests keep their place in line.
 */
export function photoSlots(slots = availableParallelism()) {
  let busy = 0
  const waiting: (() => void)[] = []
  return async function inSlot<T>(work: () => Promise<T>): Promise<T> {
    if (busy >= slots) await new Promise<void>((resolve) => waiting.push(resolve))
    else busy++
    try {
      return await work()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else busy--
    }
  }
}

export const inPhotoSlot = photoSlots()
