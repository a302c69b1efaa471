import { createHash } from "node:crypto"
import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { prepareDocument } from "../../../lib/documents"
import { SELLER_MODULE } from "../../../lib/seller-codes"
import type SellerModuleService from "../../../modules/seller/service"
import { orRefusePhoto } from "../photo-refusal"
import type { VendorRequest } from "../scope"

/**
 * An identity or registration document: a photo (re-encoded, metadata stripped) or a PDF, kept
 * as a private file that only the operator can open.
 */
export async function POST(req: VendorRequest<{ kind: string }> & { file?: Express.Multer.File }, res: MedusaResponse) {
  if (!req.file) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Vui lòng chọn ảnh hoặc tệp PDF giấy tờ (choose a file).")
  }
  const file = req.file
  const document = await orRefusePhoto(res, () => prepareDocument(file.buffer))
  if (!document) return
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          filename: `giay-to-${req.seller.seller_id}.${document.extension}`,
          mimeType: document.mime_type,
          content: document.bytes.toString("base64"),
          access: "private" as const,
        },
      ],
    },
  })
  const sellers = req.scope.resolve<SellerModuleService>(SELLER_MODULE)
  const row = await sellers.createSellerDocuments({
    seller_id: req.seller.seller_id,
    kind: req.validatedBody.kind as "other",
    file_key: result[0].id,
    mime_type: document.mime_type,
    size: document.bytes.length,
    sha256: createHash("sha256").update(document.bytes).digest("hex"),
  })
  res.status(201).json({
    document: { id: row.id, kind: row.kind, mime_type: row.mime_type, size: row.size, created_at: row.created_at },
  })
}
