import { formatDate } from "~/lib/format"
import { formatDay } from "~/lib/ocop"
import { useLang } from "~/lib/use-t"

/** A moment in Vietnam time ("14/06/2026 07:30"), machine-readable in `datetime`. */
export function Moment({ iso }: { iso: string }) {
  const lang = useLang()
  return <time dateTime={iso}>{formatDate(lang, iso)}</time>
}

/** A Vietnam calendar day "YYYY-MM-DD" as "dd/mm/yyyy". */
export function Day({ day }: { day: string }) {
  return <time dateTime={day}>{formatDay(day)}</time>
}
