import { useEffect, useRef, useState } from "react"
import { useRevalidator } from "react-router"

/** Asks the loader again every `interval` ms while `active`, for at most `limit` ms; true once it gave up. */
export function usePolling(active: boolean, interval: number, limit: number): boolean {
  const revalidator = useRevalidator()
  const latest = useRef(revalidator)
  latest.current = revalidator
  const [gaveUp, setGaveUp] = useState(false)
  useEffect(() => {
    if (!active) {
      return
    }
    const started = Date.now()
    const timer = window.setInterval(() => {
      if (Date.now() - started >= limit) {
        window.clearInterval(timer)
        setGaveUp(true)
        return
      }
      if (latest.current.state === "idle") {
        void latest.current.revalidate()
      }
    }, interval)
    return () => window.clearInterval(timer)
  }, [active, interval, limit])
  return gaveUp
}
