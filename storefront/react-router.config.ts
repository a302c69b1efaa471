import type { Config } from "@react-router/dev/config"

export default {
  appDirectory: "app",
  ssr: true,
  // React Router's own check (Origin host = request URL host, UI routes only) answers a bare
  // 400 before middleware runs, and behind a TLS proxy it compares https with the http the proxy
  // speaks. The root middleware's check replaces it (same-origin.server.ts): also resource routes,
  // Sec-Fetch-Site, TRUST_PROXY, a 403 page. "**" allows every host here.
  allowedActionOrigins: ["**"],
  future: {
    // Root middleware: security headers and the cross-site check run before every loader and action.
    v8_middleware: true,
  },
} satisfies Config
