import { useEffect } from "react"
import { Outlet } from "react-router"
import { STALL_MANIFEST, STALL_SERVICE_WORKER } from "~/lib/stall-paths"
import stallCss from "~/styles/stall.css?url"
import type { Route } from "./+types/layout"

/** Only the vendor screen's pages are an installable app (its manifest and service worker). */
export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stallCss },
  { rel: "manifest", href: STALL_MANIFEST },
]

export default function StallLayout() {
  useEffect(() => {
    if (import.meta.env.DEV || !("serviceWorker" in navigator)) {
      return
    }
    navigator.serviceWorker.register(STALL_SERVICE_WORKER, { scope: "/ban-hang" }).catch(() => undefined)
  }, [])
  return (
    <div className="stall-app">
      <Outlet />
    </div>
  )
}
