import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { runInNewContext } from "node:vm"
import { describe, expect, it, vi } from "vitest"

const publicFile = (name: string) => fileURLToPath(new URL(`../public/${name}`, import.meta.url))

type Listener = (event: unknown) => void

/** Runs public/ban-hang-sw.js with a fake `self` and hands back its fetch listener. */
function loadWorker() {
  const listeners: Record<string, Listener> = {}
  const cachePut = vi.fn()
  const self = {
    location: { origin: "https://cho.example" },
    addEventListener: (type: string, listener: Listener) => {
      listeners[type] = listener
    },
    skipWaiting: vi.fn(),
    clients: { claim: vi.fn() },
  }
  const caches = {
    open: vi.fn(async () => ({ add: cachePut, put: cachePut })),
    match: vi.fn(),
    keys: vi.fn(async () => []),
  }
  runInNewContext(readFileSync(publicFile("ban-hang-sw.js"), "utf8"), {
    self,
    caches,
    fetch: vi.fn(async () => new Response("ok")),
    URL,
    Request,
    Response,
    Promise,
  })
  const fetchListener = listeners.fetch
  if (!fetchListener) throw new Error("no fetch listener")
  const handled = (url: string, mode: string, method = "GET") => {
    const respondWith = vi.fn()
    fetchListener({ request: { url, mode, method }, respondWith })
    return respondWith.mock.calls.length > 0
  }
  return { handled, cachePut }
}

describe("the vendor screen's service worker", () => {
  it("handles page loads only (network first, offline page); never API calls, data or the event stream", () => {
    const { handled } = loadWorker()
    expect(handled("https://cho.example/ban-hang", "navigate")).toBe(true)
    expect(handled("https://cho.example/ban-hang/ma/preq_1", "navigate")).toBe(true)
    expect(handled("https://cho.example/ban-hang/su-kien", "cors")).toBe(false)
    expect(handled("https://cho.example/ban-hang/su-kien", "navigate")).toBe(false)
    expect(handled("https://cho.example/ban-hang/su-kien.json?after=3", "cors")).toBe(false)
    expect(handled("https://cho.example/ban-hang.data", "cors")).toBe(false)
    expect(handled("https://cho.example/ban-hang", "navigate", "POST")).toBe(false)
    expect(handled("https://api.example/stall/me", "navigate")).toBe(false)
  })

  it("keeps nothing but its offline page, which says the money is still recorded", () => {
    const source = readFileSync(publicFile("ban-hang-sw.js"), "utf8")
    expect(source).not.toMatch(/\.put\(/)
    expect(readFileSync(publicFile("ban-hang-offline.html"), "utf8")).toContain(
      "Mất mạng — tiền vào vẫn được ghi nhận, mở lại khi có mạng"
    )
  })
})

describe("the vendor screen's manifest", () => {
  it("installs /ban-hang standalone with 192 and 512 icons", () => {
    const manifest = JSON.parse(readFileSync(publicFile("ban-hang.webmanifest"), "utf8"))
    expect(manifest).toMatchObject({ name: "Chợ Số — Bán hàng", start_url: "/ban-hang", display: "standalone" })
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
    const sizes = (manifest.icons as { sizes: string; src: string }[]).map((icon) => icon.sizes)
    expect(sizes).toEqual(["192x192", "512x512"])
    for (const icon of manifest.icons as { src: string }[]) {
      const png = readFileSync(publicFile(icon.src.replace(/^\//, "")))
      expect(png.subarray(1, 4).toString()).toBe("PNG")
    }
  })
})
