import { RouterContextProvider } from "react-router"

/** Arguments React Router passes to a loader/action, built from a real Request. */
export function routeArgs<P extends Record<string, string>>(request: Request, params: P) {
  return { request, params, context: new RouterContextProvider(), url: new URL(request.url), pattern: "" }
}

/** Replaces the no-break spaces Intl puts in "150.000 ₫" with plain spaces. */
export function nbsp(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ")
}

export function postForm(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(url, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
  })
}

/** The value of `data(value, init)` returned by an action, and its status. */
export function unwrapData(result: unknown): { value: unknown; status: number | undefined } {
  if (result instanceof Response) {
    throw new Error(`expected data(), got a Response with status ${result.status}`)
  }
  if (result && typeof result === "object" && "data" in result && "init" in result) {
    const init = (result as { init?: { status?: number } | null }).init
    return { value: (result as { data: unknown }).data, status: init?.status }
  }
  return { value: result, status: undefined }
}

/** An unsigned JWT-shaped token (the storefront only reads it; the backend verifies it). */
export function fakeToken(payload: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(payload)}.signature`
}
