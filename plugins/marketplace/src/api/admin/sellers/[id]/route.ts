import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { FULL_FIELDS, fullSellerView } from "../../../views"

/** One seller as the operator checks it: identity (ID masked), documents, members, history. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: [
      ...FULL_FIELDS,
      "members.id",
      "members.name",
      "members.email",
      "members.role",
      "members.created_at",
      "documents.id",
      "documents.kind",
      "documents.mime_type",
      "documents.size",
      "documents.created_at",
      "status_events.id",
      "status_events.from_status",
      "status_events.to_status",
      "status_events.reason",
      "status_events.actor_type",
      "status_events.actor_id",
      "status_events.created_at",
      "products.id",
    ],
    filters: { id: req.params.id },
  })
  const seller = data[0] as
    | (Record<string, unknown> & { products?: unknown[]; status_events: { created_at: string }[] })
    | undefined
  if (!seller) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy người bán ${req.params.id}`)
  const { products, status_events, ...rest } = seller
  res.json({
    seller: {
      ...fullSellerView(req.scope, rest),
      status_events: [...status_events].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at))),
      product_count: (products ?? []).filter(Boolean).length,
    },
  })
}
