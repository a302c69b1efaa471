import type { IncomingMessage, ServerResponse } from "node:http"

const MAX_BODY = 1024 * 1024

export class BodyTooLargeError extends Error {}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(new BodyTooLargeError("request body too large"))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    req.on("error", reject)
  })
}

const NO_STORE = { "cache-control": "no-store" }

export function sendHtml(res: ServerResponse, html: string, status = 200): void {
  res.writeHead(status, { ...NO_STORE, "content-type": "text/html; charset=utf-8" })
  res.end(html)
}

export function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { ...NO_STORE, "content-type": "application/json; charset=utf-8" })
  res.end(JSON.stringify(body))
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { ...NO_STORE, location })
  res.end()
}

/** A JSON body as an object, or undefined. */
export function parseJsonObject(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw)
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
