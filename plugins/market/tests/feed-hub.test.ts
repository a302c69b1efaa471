import { afterEach, describe, expect, it } from "vitest"
import { FeedHub } from "../src/lib/feed-hub"
import type { FeedEventView } from "../src/lib/views"

// Its own Redis database: the tests publish on the hub's channel only.
const REDIS_URL = process.env.MARKET_TEST_REDIS_URL || "redis://127.0.0.1:6379/12"

const event = (seq: number): FeedEventView => ({ seq, type: "paid", at: new Date(0).toISOString() })
const hubs: FeedHub[] = []
const hub = (url: string | null) => {
  const made = new FeedHub(url)
  hubs.push(made)
  return made
}
const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20))
}

afterEach(async () => {
  await Promise.all(hubs.splice(0).map((h) => h.close()))
})

describe("the stall feed's live half", () => {
  it("in-process: a stall's screens hear its events, other stalls' screens do not, a closed screen stops hearing", async () => {
    const local = hub(null)
    const a: number[] = []
    const b: number[] = []
    const stopA = local.subscribe("stall_a", (e) => a.push(e.seq))
    local.subscribe("stall_b", (e) => b.push(e.seq))
    await local.publish({ stall_id: "stall_a", event: event(1) })
    stopA()
    await local.publish({ stall_id: "stall_a", event: event(2) })
    expect(a).toEqual([1])
    expect(b).toEqual([])
    expect(local.listenerCount()).toBe(1)
  })

  it("with Redis: an event published by one server instance reaches the screens held by another", async () => {
    const worker = hub(REDIS_URL)
    const server = hub(REDIS_URL)
    await Promise.all([worker.whenReady(), server.whenReady()])
    const heard: number[] = []
    const heardByWorker: number[] = []
    server.subscribe("stall_a", (e) => heard.push(e.seq))
    worker.subscribe("stall_b", (e) => heardByWorker.push(e.seq))
    await worker.publish({ stall_id: "stall_a", event: event(7) })
    await until(() => heard.length > 0)
    expect(heard).toEqual([7])
    expect(heardByWorker).toEqual([])
  })
})
