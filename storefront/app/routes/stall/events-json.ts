import { endStallSession, isUnauthorized, readStallToken } from "~/lib/stall.server"
import { getStallEvents } from "~/lib/stall-api.server"
import type { Route } from "./+types/events-json"

const SEQ = /^\d{1,18}$/
const NO_STORE = { "cache-control": "no-store" }

/** `GET /ban-hang/su-kien.json?after=<seq>` — the polling fallback: the backend's `GET /stall/events`. */
export async function loader({ request }: Route.LoaderArgs) {
  const token = await readStallToken(request)
  if (!token) {
    return Response.json({ message: "unauthorized" }, { status: 401, headers: NO_STORE })
  }
  const after = new URL(request.url).searchParams.get("after") ?? ""
  try {
    const answer = await getStallEvents(token, SEQ.test(after) ? Number(after) : null)
    return Response.json(answer, { headers: NO_STORE })
  } catch (error) {
    if (isUnauthorized(error)) {
      return Response.json(
        { message: "unauthorized" },
        { status: 401, headers: { ...NO_STORE, "Set-Cookie": await endStallSession() } }
      )
    }
    // The page polls again in a few seconds; a failing backend is not an error page.
    return Response.json({ message: "unavailable" }, { status: 502, headers: NO_STORE })
  }
}
