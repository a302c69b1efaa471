import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../../../../../lib/seller-codes"
import type SellerModuleService from "../../../../../../modules/seller/service"

/** A seller's private document, for the operator only; never cached, never sniffed. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const [document] = await sellers.listSellerDocuments(
    { id: req.params.document_id, seller_id: req.params.id },
    { select: ["id", "file_key", "mime_type", "kind"], take: 1 }
  )
  if (!document) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy giấy tờ (document not found)")
  const bytes = await req.scope.resolve(Modules.FILE).getAsBuffer(document.file_key)
  res.setHeader("Content-Type", document.mime_type)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader(
    "Content-Disposition",
    `inline; filename="${document.kind}.${document.mime_type === "application/pdf" ? "pdf" : "webp"}"`
  )
  res.send(bytes)
}
