import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { stallCookie } from "~/lib/cookies.server"
import { loader as feedLoader } from "~/routes/stall/events"
import { loader as eventsJsonLoader } from "~/routes/stall/events-json"
import { routeArgs } from "./helpers"
import { DEVICE_TOKEN, feedEvent, paymentRequest } from "./stall-fixtures"

const ORIGIN = "http://localhost:5173"

interface Seen {
  path: string
  headers: IncomingMessage["headers"]
  closed: Promise<void>
}

let server: Server
let seen: Seen[] = []
let answer: (req: IncomingMessage, res: ServerResponse) => void

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({
      path: req.url ?? "",
      headers: req.headers,
      closed: new Promise((resolve) => res.on("close", () => resolve())),
    })
    answer(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  vi.stubEnv("MEDUSA_BACKEND_URL", `http://127.0.0.1:${port}`)
})

afterEach(() => {
  seen = []
})

afterAll(async () => {
  vi.unstubAllEnvs()
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const PAID = feedEvent(13, "paid", { request: paymentRequest({ status: "paid" }) })

/** The backend's stream: one event, then it stays open (like the live feed). */
function streamOneEvent(_req: IncomingMessage, res: ServerResponse) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" })
  res.write(`id: 13\nevent: paid\ndata: ${JSON.stringify(PAID)}\n\n`)
}

async function cookie(): Promise<string> {
  return (await stallCookie.serialize(DEVICE_TOKEN)).split(";")[0] ?? ""
}

async function feedRequest(path: string, headers: Record<string, string>, signal?: AbortSignal): Promise<Request> {
  return new Request(`${ORIGIN}${path}`, { headers: { Cookie: await cookie(), ...headers }, signal })
}

async function readUntil(body: ReadableStream<Uint8Array>, text: string): Promise<string> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let got = ""
  while (!got.includes(text)) {
    const { value, done } = await reader.read()
    if (done) {
      break
    }
    got += decoder.decode(value, { stream: true })
  }
  reader.releaseLock()
  return got
}

describe("/ban-hang/su-kien — the SSE proxy", () => {
  it("forwards the device token and the browser's Last-Event-ID, streams the events through, and hangs up with the browser", async () => {
    answer = streamOneEvent
    const browser = new AbortController()
    const response = (await feedLoader(
      routeArgs(await feedRequest("/ban-hang/su-kien?after=3", { "Last-Event-ID": "12" }, browser.signal), {})
    )) as Response
    expect(response.status).toBe(200)
    expect(response.headers.get("content-type")).toBe("text/event-stream")
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform")
    expect(response.headers.get("x-accel-buffering")).toBe("no")

    const body = response.body
    if (!body) throw new Error("no body")
    const text = await readUntil(body, "\n\n")
    expect(text).toBe(`id: 13\nevent: paid\ndata: ${JSON.stringify(PAID)}\n\n`)

    const upstream = seen[0]
    expect(upstream?.path).toBe("/stall/feed")
    expect(upstream?.headers["x-stall-device"]).toBe(DEVICE_TOKEN)
    // A reconnecting EventSource's own position wins over the page's first `?after=`.
    expect(upstream?.headers["last-event-id"]).toBe("12")

    browser.abort()
    await expect(upstream?.closed).resolves.toBeUndefined()
  })

  it("forwards ?after= when the browser sends no Last-Event-ID", async () => {
    answer = streamOneEvent
    const browser = new AbortController()
    const response = (await feedLoader(
      routeArgs(await feedRequest("/ban-hang/su-kien?after=7", {}, browser.signal), {})
    )) as Response
    expect(response.status).toBe(200)
    expect(seen[0]?.path).toBe("/stall/feed?after=7")
    expect(seen[0]?.headers["last-event-id"]).toBeUndefined()
    expect(seen[0]?.headers["x-stall-device"]).toBe(DEVICE_TOKEN)
    browser.abort()
    await seen[0]?.closed
  })

  it("without the cookie answers 401 and never calls the backend", async () => {
    answer = streamOneEvent
    const response = (await feedLoader(routeArgs(new Request(`${ORIGIN}/ban-hang/su-kien`), {}))) as Response
    expect(response.status).toBe(401)
    expect(seen).toHaveLength(0)
  })

  it("a revoked device (backend 401) gets a 401 and its cookie cleared", async () => {
    answer = (_req, res) => {
      res.writeHead(401, { "content-type": "application/json" })
      res.end(JSON.stringify({ type: "unauthorized", message: "Máy này đã bị đăng xuất" }))
    }
    const response = (await feedLoader(routeArgs(await feedRequest("/ban-hang/su-kien", {}), {}))) as Response
    expect(response.status).toBe(401)
    const setCookie = response.headers.get("Set-Cookie") ?? ""
    expect(setCookie).toMatch(/^choso_stall=;/)
    expect(setCookie).toMatch(/Max-Age=0/i)
  })
})

describe("/ban-hang/su-kien.json — the polling fallback", () => {
  it("asks GET /stall/events?after= with the device token", async () => {
    answer = (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify({ events: [PAID], last_seq: 13 }))
    }
    const response = (await eventsJsonLoader(
      routeArgs(await feedRequest("/ban-hang/su-kien.json?after=12", {}), {})
    )) as Response
    expect(response.status).toBe(200)
    expect(response.headers.get("cache-control")).toBe("no-store")
    expect(await response.json()).toEqual({ events: [PAID], last_seq: 13 })
    expect(seen[0]?.path).toBe("/stall/events?after=12")
    expect(seen[0]?.headers["x-stall-device"]).toBe(DEVICE_TOKEN)
  })

  it("clears the cookie on a 401", async () => {
    answer = (_req, res) => {
      res.writeHead(401, { "content-type": "application/json" })
      res.end(JSON.stringify({ message: "signed out" }))
    }
    const response = (await eventsJsonLoader(
      routeArgs(await feedRequest("/ban-hang/su-kien.json?after=1", {}), {})
    )) as Response
    expect(response.status).toBe(401)
    expect(response.headers.get("Set-Cookie")).toMatch(/^choso_stall=;.*Max-Age=0/i)
  })
})
