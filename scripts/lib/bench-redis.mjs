import Redis from "ioredis"

/** The bench's own Redis database: it is emptied before and after each run. */
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379/13"

/**
 * FLUSHDB on the database named in `url` — never database 0 (or a URL without a number), which
 * is where everybody else's keys are.
 */
export async function flushBenchRedis(url = BENCH_REDIS_URL) {
  const db = Number(new URL(url).pathname.slice(1) || 0)
  if (!db)
    throw new Error(
      `BENCH_REDIS_URL must name a database of its own, e.g. redis://127.0.0.1:6379/13 (the bench empties it); got ${url}`
    )
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null })
  try {
    await redis.connect()
    await redis.flushdb()
  } catch (error) {
    throw new Error(`Redis at ${url}: ${error.message} (the bench runs the backend as server + worker over Redis)`)
  } finally {
    redis.disconnect()
  }
}
