import { isValidGtin, isValidLotCode, LOT_UNITS, toGtin14 } from "@choso/trace-rules"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isDay, vietnamDay } from "./dates"
import type { Problem } from "./errors"
import { provinceOfWard } from "./places"

export interface NewLotFields {
  variant_id: string
  code: string
  gtin?: string | null
  produced_on: string
  expires_on?: string | null
  quantity: number
  unit: string
  origin_ward_code: string
  origin_place: string
}

export interface CheckedLot {
  seller_id: string
  variant_id: string
  product_id: string
  code: string
  gtin: string | null
  produced_on: string
  expires_on: string | null
  quantity: number
  unit: string
  origin_province_code: string
  origin_ward_code: string
  origin_place: string
}

/**
 * A new lot's fields checked (the rules from @choso/trace-rules, the ward from the 2025 list, the
 * variant one of the seller's own products). A GTIN is kept as the producer gives it (GS1
 * Vietnam's 893 numbers included: they belong to their members), normalised to 14 digits.
 */
export async function checkNewLot(
  container: MedusaContainer,
  sellerId: string,
  fields: NewLotFields,
  today = vietnamDay()
): Promise<{ problems: Problem[]; lot: CheckedLot | null }> {
  const problems: Problem[] = []
  const code = String(fields.code ?? "").trim()
  if (!isValidLotCode(code)) {
    problems.push({
      field: "code",
      code: "trace_lot_code",
      message: "Mã lô gồm 1–20 chữ, số hoặc . _ - (lot code: 1–20 letters, digits, . _ -).",
    })
  }
  const gtinRaw = String(fields.gtin ?? "").replace(/\s+/g, "")
  if (gtinRaw && !isValidGtin(gtinRaw)) {
    problems.push({
      field: "gtin",
      code: "trace_gtin",
      message: "Mã GTIN không hợp lệ: 8, 12, 13 hoặc 14 chữ số với số kiểm tra đúng (invalid GTIN).",
    })
  }
  if (!isDay(fields.produced_on) || fields.produced_on > today) {
    problems.push({
      field: "produced_on",
      code: "trace_produced_on",
      message: "Ngày sản xuất phải là một ngày không sau hôm nay (production date: a day, not in the future).",
    })
  }
  const expires = fields.expires_on ? String(fields.expires_on) : null
  if (expires && (!isDay(expires) || (isDay(fields.produced_on) && expires < fields.produced_on))) {
    problems.push({
      field: "expires_on",
      code: "trace_expires_on",
      message: "Hạn sử dụng phải là một ngày không trước ngày sản xuất (expiry: a day not before production).",
    })
  }
  if (!Number.isFinite(fields.quantity) || fields.quantity <= 0) {
    problems.push({ field: "quantity", code: "trace_quantity", message: "Số lượng phải lớn hơn 0 (quantity > 0)." })
  }
  if (!(LOT_UNITS as readonly string[]).includes(fields.unit)) {
    problems.push({ field: "unit", code: "trace_unit", message: "Đơn vị không hợp lệ (unknown unit)." })
  }
  const province = provinceOfWard(container, String(fields.origin_ward_code ?? ""))
  if (!province) {
    problems.push({
      field: "origin_ward_code",
      code: "trace_ward",
      message: "Chọn xã/phường nơi sản xuất trong danh mục 2025 (ward not in the 2025 list).",
    })
  }
  const place = String(fields.origin_place ?? "").trim()
  if (!place || place.length > 200) {
    problems.push({
      field: "origin_place",
      code: "trace_place",
      message: "Ghi nơi sản xuất (ấp, thôn, vườn…), tối đa 200 ký tự (origin place, ≤ 200 characters).",
    })
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "product_id", "product.seller.id"],
    filters: { id: String(fields.variant_id ?? "") },
  })
  const variant = (data as { id: string; product_id: string; product?: { seller?: { id: string } | null } | null }[])[0]
  if (!variant || variant.product?.seller?.id !== sellerId) {
    problems.push({
      field: "variant_id",
      code: "trace_not_own_variant",
      message: "Chọn một phân loại sản phẩm của chính cơ sở mình (not your product variant).",
    })
  }
  if (problems.length || !variant || !province) return { problems, lot: null }
  return {
    problems,
    lot: {
      seller_id: sellerId,
      variant_id: variant.id,
      product_id: variant.product_id,
      code,
      gtin: gtinRaw ? toGtin14(gtinRaw) : null,
      produced_on: fields.produced_on,
      expires_on: expires,
      quantity: fields.quantity,
      unit: fields.unit,
      origin_province_code: province,
      origin_ward_code: fields.origin_ward_code,
      origin_place: place,
    },
  }
}
