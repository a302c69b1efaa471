import { type CertificateProblem, certificateProblems, vietnamToday } from "@choso/ocop-rules"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../modules/ocop"
import type OcopModuleService from "../modules/ocop/service"

export interface CertificateFields {
  product_ids: string[]
  stars: number
  group: string
  score: number
  authority_level: string
  authority_name: string
  decision_number: string
  decision_date: string
  replaces_id?: string | null
}

/**
 * Everything that would make a submission wrong, before anything is stored: the facts
 * (@choso/ocop-rules), the products being the seller's own, no other submission waiting for
 * them, an approved one only replaced by a renewal, and the renewal replacing one of its own.
 */
export async function submissionProblems(
  container: MedusaContainer,
  sellerId: string,
  fields: CertificateFields,
  { allowExpired = false, today = vietnamToday() }: { allowExpired?: boolean; today?: string } = {}
): Promise<CertificateProblem[]> {
  const problems = certificateProblems(fields, today).filter(
    (p) => !(allowExpired && p.code === "ocop_already_expired")
  )
  const ids = [...new Set(fields.product_ids)]
  if (!ids.length) {
    problems.push({ field: "product_ids", code: "ocop_products", message: "Chọn sản phẩm được chứng nhận (product)." })
    return problems
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "seller.id"], filters: { id: ids } })
  const own = new Set(
    (products as { id: string; seller?: { id: string } | null }[])
      .filter((p) => p.seller?.id === sellerId)
      .map((p) => p.id)
  )
  if (ids.some((id) => !own.has(id))) {
    problems.push({
      field: "product_ids",
      code: "ocop_not_own_product",
      message: "Chỉ gửi chứng nhận cho sản phẩm của chính cơ sở mình (not your product).",
    })
    return problems
  }
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const covering = await ocop.coveringCertificates(ids)
  const others = covering.filter((c) => c.status === "submitted" || c.status === "approved")
  if (others.some((c) => c.status === "submitted")) {
    problems.push({
      field: "product_ids",
      code: "ocop_pending",
      message:
        "Sản phẩm này đã có một chứng nhận đang chờ duyệt — đợi kết quả trước khi gửi tiếp (one waiting already).",
    })
  }
  const active = others.filter((c) => c.status === "approved" && c.valid_until >= today)
  if (active.length && !active.some((c) => c.certificate_id === fields.replaces_id)) {
    problems.push({
      field: "replaces_id",
      code: "ocop_active_exists",
      message: "Sản phẩm đã có chứng nhận OCOP còn hiệu lực — gửi bản mới dưới dạng gia hạn (one is active: renew it).",
    })
  }
  if (fields.replaces_id && !active.some((c) => c.certificate_id === fields.replaces_id)) {
    problems.push({
      field: "replaces_id",
      code: "ocop_replaces",
      message: "Chỉ gia hạn được chứng nhận còn hiệu lực của chính sản phẩm này (renewal of an active one).",
    })
  }
  return problems
}
