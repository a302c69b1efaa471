import { readLang } from "~/lib/cookies.server"
import { epcisFileName, traceKeyOf } from "~/lib/trace"
import { getEpcisExport } from "~/lib/trace.server"
import { TRACE_CACHE_CONTROL } from "~/lib/trace-cache"
import type { Route } from "./+types/epcis"

/** `…/epcis.json` beside a trace page: the lot's EPCIS 2.0 document from the backend, as a download. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const key = traceKeyOf(params)
  const upstream = key ? await getEpcisExport(key, await readLang(request)) : null
  if (!key || !upstream) {
    return Response.json({ message: "not found" }, { status: 404, headers: { "Cache-Control": TRACE_CACHE_CONTROL } })
  }
  return new Response(upstream.body, {
    headers: {
      "Content-Type": "application/ld+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${epcisFileName(key)}"`,
      "Cache-Control": TRACE_CACHE_CONTROL,
    },
  })
}
