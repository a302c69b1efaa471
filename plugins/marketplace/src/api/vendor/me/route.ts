import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateSellerProfileWorkflow } from "../../../workflows/update-seller-profile"
import type { SellerProfileBody } from "../../schemas"
import { FULL_FIELDS, fullSellerView } from "../../views"
import type { VendorRequest } from "../scope"

/** The signed-in member and its seller: status, the reason of a refusal, the history. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: [
      ...FULL_FIELDS,
      "members.id",
      "members.name",
      "members.email",
      "members.role",
      "status_events.from_status",
      "status_events.to_status",
      "status_events.reason",
      "status_events.created_at",
      "documents.id",
      "documents.kind",
      "documents.mime_type",
      "documents.size",
      "documents.created_at",
    ],
    filters: { id: req.seller.seller_id },
  })
  const seller = data[0] as Record<string, unknown> & {
    members: { id: string; name: string; email: string; role: string }[]
    status_events: { created_at: string }[]
  }
  const member = seller.members.find((m) => m.id === req.seller.member_id)
  const { members: _members, status_events, ...rest } = seller
  res.json({
    member,
    seller: {
      ...fullSellerView(req.scope, rest),
      status_events: [...status_events].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at))),
    },
  })
}

export async function POST(req: VendorRequest<SellerProfileBody>, res: MedusaResponse) {
  const update = Object.fromEntries(Object.entries(req.validatedBody).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | null
  >
  await updateSellerProfileWorkflow(req.scope).run({
    input: { seller_id: req.seller.seller_id, role: req.seller.role, update },
  })
  return GET(req, res)
}
