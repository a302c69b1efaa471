import { ACTOR_LABELS, labelOf } from "../lib/labels"
import { useAdminUser } from "../lib/queries"
import type { Certificate, CertificateEvent } from "../lib/types"

/** An admin user's name, else their email, else their id (while loading, or if they were deleted). */
function UserName({ id }: { id: string }) {
  const query = useAdminUser(id)
  const user = query.data?.user
  const name = [user?.first_name, user?.last_name].filter(Boolean).join(" ")
  return <span className={user ? "" : "font-mono"}>{name || user?.email || id}</span>
}

/** Who did it: "Quản trị viên · Lan", "Người bán · HTX Cà Mau", "Hệ thống". */
export function ActorName({ event, seller }: { event: CertificateEvent; seller: Certificate["seller"] }) {
  const kind = labelOf(ACTOR_LABELS, event.actor_type)
  if (event.actor_type === "user" && event.actor_id) {
    return (
      <span>
        {kind} · <UserName id={event.actor_id} />
      </span>
    )
  }
  if (event.actor_type === "seller" && seller) return <span>{`${kind} · ${seller.name}`}</span>
  return <span>{kind}</span>
}
