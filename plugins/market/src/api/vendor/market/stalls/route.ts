import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bankShortName } from "../../../../lib/vietqr"
import { stallView } from "../../../../lib/views"
import { STALL_FIELDS } from "../../../stall/load"

/** The seller's own stalls. */
export async function GET(req: VendorRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: STALL_FIELDS.map((field) => `stalls.${field}`),
    filters: { id: req.seller.seller_id },
  })
  const stalls = (data[0] as { stalls?: Parameters<typeof stallView>[0][] } | undefined)?.stalls ?? []
  res.json({ stalls: stalls.map((s) => stallView(s, bankShortName)) })
}
