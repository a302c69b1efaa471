import { useEffect, useRef, useState } from "react"
import { formatCountdown, msUntil } from "~/lib/stall-feed"
import { useT } from "~/lib/use-t"

interface Props {
  expiresAt: string
  /** The server's clock when the page was made: the phone's own clock may be wrong. */
  serverNow: number
  onExpired?: () => void
}

/** "Còn 9:59" until the request runs out, counted on the server's clock. */
export function Countdown({ expiresAt, serverNow, onExpired }: Props) {
  const t = useT()
  const offset = useRef<number | null>(null)
  const [left, setLeft] = useState(() => msUntil(expiresAt, serverNow))
  const expired = useRef(onExpired)
  expired.current = onExpired

  useEffect(() => {
    if (offset.current === null) {
      offset.current = serverNow - Date.now()
    }
    let done = false
    const tick = () => {
      const ms = msUntil(expiresAt, Date.now() + (offset.current ?? 0))
      setLeft(ms)
      if (ms <= 0 && !done) {
        done = true
        expired.current?.()
      }
    }
    tick()
    const timer = window.setInterval(tick, 1000)
    return () => window.clearInterval(timer)
  }, [expiresAt, serverNow])

  return (
    <p className="stall-countdown">
      {t("stall.qr.expires_in")}{" "}
      <time dateTime={expiresAt} suppressHydrationWarning>
        {formatCountdown(left)}
      </time>
    </p>
  )
}
