import type { VendorRequest } from "@choso/marketplace/api/vendor/scope"
import type { MedusaResponse } from "@medusajs/framework/http"
import { answeringRefusals } from "../../../../lib/errors"
import { captureEpcisDocumentWorkflow } from "../../../../workflows/capture-epcis-document"

/** Captures an EPCISDocument into the seller's lots: all of it, or nothing with the reasons. */
export async function POST(req: VendorRequest, res: MedusaResponse) {
  await answeringRefusals(res, async () => {
    const { result } = await captureEpcisDocumentWorkflow(req.scope).run({
      input: { seller_id: req.seller.seller_id, actor_id: req.seller.member_id, document: req.body },
    })
    res.status(201).json(result)
  })
}
