import { ownOrigin } from "./own-origin.server"

/**
 * Where shoppers reach this storefront, for the URIs printed on labels: PUBLIC_STOREFRONT_URL
 * (the name docker/.env gives it) when set, else the origin this request came to.
 */
export function publicBase(request: Request, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUBLIC_STOREFRONT_URL?.trim()
  if (configured) {
    try {
      return new URL(configured).origin
    } catch {
      // A malformed setting: the request's origin is still right for whoever opened the page.
    }
  }
  return ownOrigin(request)
}
