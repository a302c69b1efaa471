// The vendor screen's service worker (scope /ban-hang): when a page cannot be loaded, it shows
// a page saying the money is still recorded. Network first for page loads; nothing else is
// touched — API calls, the event stream and data requests always go to the network and are
// NEVER cached (a vendor must only ever see money the server confirmed).
const CACHE = "ban-hang-offline-v1"
const OFFLINE_URL = "/ban-hang-offline.html"

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(OFFLINE_URL, { cache: "reload" })))
      .then(() => self.skipWaiting())
  )
})

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  )
})

self.addEventListener("fetch", (event) => {
  const request = event.request
  if (request.mode !== "navigate" || request.method !== "GET") {
    return
  }
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || url.pathname.startsWith("/ban-hang/su-kien")) {
    return
  }
  event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_URL).then((page) => page || Response.error())))
})
