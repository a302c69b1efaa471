import { redirect } from "react-router"
import { endStallSession, isUnauthorized, readStallToken } from "~/lib/stall.server"
import { getStallMe, revokeStallDevice } from "~/lib/stall-api.server"
import { STALL_HOME, stallSignInPath } from "~/lib/stall-paths"
import type { Route } from "./+types/sign-out"

/**
 * Signs this phone out for good: the backend revokes its device (`POST /stall/devices/:id/revoke`
 * with its own id from `/stall/me`), then the cookie goes. A device already revoked just loses
 * its cookie.
 */
export async function action({ request }: Route.ActionArgs) {
  const token = await readStallToken(request)
  if (token) {
    try {
      const { device } = await getStallMe(token)
      await revokeStallDevice(token, device.id)
    } catch (error) {
      if (!isUnauthorized(error)) {
        throw error
      }
    }
  }
  return redirect(stallSignInPath("signed_out"), { status: 303, headers: { "Set-Cookie": await endStallSession() } })
}

export function loader() {
  return redirect(STALL_HOME)
}
