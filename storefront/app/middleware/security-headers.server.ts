import { randomBytes } from "node:crypto"
import { createContext, type MiddlewareFunction } from "react-router"
import { ownOrigin } from "~/lib/own-origin.server"
import { backendImageOrigins, securityHeaders } from "~/lib/security-headers.server"
import { trustedProxyHops } from "~/lib/trust-proxy.server"

// A malformed TRUST_PROXY stops the server at start-up rather than failing every request.
trustedProxyHops()

/** This request's CSP nonce; entry.server.tsx hands it to React Router's scripts. */
export const nonceContext = createContext<string>()

function withHeaders(response: Response, headers: Record<string, string>): Response {
  let target = response
  try {
    for (const [name, value] of Object.entries(headers)) {
      target.headers.set(name, value)
    }
  } catch {
    // Immutable headers (a fetched or Response.redirect() response): copy it.
    target = new Response(response.body, response)
    for (const [name, value] of Object.entries(headers)) {
      target.headers.set(name, value)
    }
  }
  return target
}

/** Security headers on every response the app renders: documents, data requests, resource routes. */
export const securityHeadersMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const nonce = randomBytes(16).toString("base64")
  context.set(nonceContext, nonce)
  const response = await next()
  return withHeaders(
    response,
    securityHeaders({
      nonce,
      ownOrigin: ownOrigin(request),
      imageOrigins: backendImageOrigins(),
      pathname: new URL(request.url).pathname,
      dev: process.env.NODE_ENV !== "production",
    })
  )
}
