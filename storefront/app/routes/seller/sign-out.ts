import { redirect } from "react-router"
import { endSellerSession } from "~/lib/seller.server"
import { SELLER_HOME, signInPath } from "~/lib/seller-paths"

/**
 * Signing out forgets the token in this browser (Medusa's JWTs are not revoked server-side;
 * the token would run out within its lifetime, a day by default).
 */
export async function action() {
  return redirect(signInPath("signed_out"), { status: 303, headers: { "Set-Cookie": await endSellerSession() } })
}

export function loader() {
  return redirect(SELLER_HOME)
}
