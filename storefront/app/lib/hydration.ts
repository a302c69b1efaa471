import type { UIMatch } from "react-router"

/** A route's `handle`: `{ hydrate: false }` serves it as plain HTML, without any JavaScript. */
export interface HydrationHandle {
  hydrate?: boolean
}

export function pageHydrates(matches: UIMatch[]): boolean {
  return !matches.some((match) => (match.handle as HydrationHandle | undefined)?.hydrate === false)
}
