import Redis from "ioredis"
import type { StallFeedMessage } from "./feed"
import type { FeedEventView } from "./views"

type Listener = (event: FeedEventView) => void

const CHANNEL = "choso:market:stall-feed"

/**
 * The live half of a stall's feed: open screens (SSE connections) listen per stall. With Redis,
 * every server instance publishes to and hears one channel, so any instance can serve a screen;
 * without it, delivery stays in this process. What a screen misses, it reads from the stored feed.
 */
export class FeedHub {
  private readonly listeners = new Map<string, Set<Listener>>()
  private readonly publisher: Redis | null
  private readonly subscriber: Redis | null = null
  private ready: Promise<void> = Promise.resolve()

  constructor(redisUrl: string | null) {
    if (!redisUrl) {
      this.publisher = null
      return
    }
    this.publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 })
    this.subscriber = new Redis(redisUrl, { lazyConnect: false })
    this.subscriber.on("message", (_channel: string, message: string) => this.deliver(JSON.parse(message)))
    this.ready = this.subscriber.subscribe(CHANNEL).then(() => undefined)
  }

  /** Resolves once this instance hears the shared channel. */
  whenReady(): Promise<void> {
    return this.ready
  }

  subscribe(stallId: string, listener: Listener): () => void {
    let set = this.listeners.get(stallId)
    if (!set) {
      set = new Set()
      this.listeners.set(stallId, set)
    }
    set.add(listener)
    return () => {
      set.delete(listener)
      if (!set.size) this.listeners.delete(stallId)
    }
  }

  async publish(message: StallFeedMessage): Promise<void> {
    if (this.publisher) {
      await this.publisher.publish(CHANNEL, JSON.stringify(message))
      return
    }
    this.deliver(message)
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()])
  }

  listenerCount(): number {
    let count = 0
    for (const set of this.listeners.values()) count += set.size
    return count
  }

  private deliver(message: StallFeedMessage) {
    const set = this.listeners.get(message.stall_id)
    if (!set) return
    for (const listener of set) listener(message.event)
  }
}

let hub: FeedHub | null = null

/** One hub per process (routes and the subscriber share it). */
export function feedHub(redisUrl: string | null): FeedHub {
  if (!hub) hub = new FeedHub(redisUrl)
  return hub
}
