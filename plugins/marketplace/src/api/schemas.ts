import { z } from "@medusajs/framework/zod"
import { DOCUMENT_KINDS, LEGAL_FORMS, SELLER_KINDS } from "../lib/seller-codes"
import { duplicateLabels } from "../lib/vendor-product"

const text = (max: number) => z.string().trim().max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullish()

export const SellerRegistrationBody = z.object({
  member_name: text(120).optional(),
  seller: z.object({
    handle: optionalText(60),
    name: text(200),
    kind: z.enum(SELLER_KINDS),
    legal_form: z.enum(LEGAL_FORMS),
    tax_code: optionalText(20),
    business_registration_number: optionalText(40),
    representative: text(120),
    id_number: text(20),
    phone: text(30),
    email: text(200),
    province_code: text(4),
    ward_code: text(8),
    address_line: text(200),
    story_vi: optionalText(2000),
    story_en: optionalText(2000),
    logo_url: optionalText(500),
    bank_bin: text(6),
    bank_account_number: text(30),
    bank_account_name: text(120),
  }),
})
export type SellerRegistrationBody = z.infer<typeof SellerRegistrationBody>

export const SellerProfileBody = z
  .object({
    phone: text(30),
    email: text(200),
    province_code: text(4),
    ward_code: text(8),
    address_line: text(200),
    story_vi: optionalText(2000),
    story_en: optionalText(2000),
    logo_url: optionalText(500),
    bank_bin: z.string().regex(/^\d{6}$/, "Vui lòng chọn ngân hàng (choose the bank)"),
    bank_account_number: z.string().regex(/^\d{6,19}$/, "Số tài khoản gồm 6 đến 19 chữ số (6 to 19 digits)"),
    bank_account_name: text(120).min(1),
  })
  .partial()
export type SellerProfileBody = z.infer<typeof SellerProfileBody>

/** Photos are the ones our upload made (public WebP files of this backend), never any URL. */
const PhotoUrl = z
  .string()
  .max(500)
  .regex(
    /^(https?:\/\/[^/\s]+)?\/static\/[\w.-]+\.webp$/,
    "Ảnh phải được tải lên qua Kênh người bán (upload the photo)"
  )
const Localized = (max: number) =>
  z.object({ vi: text(max).min(1, "Vui lòng nhập tên tiếng Việt"), en: optionalText(max) })

export const VendorProductBody = z.object({
  title: Localized(200),
  description: z.object({ vi: optionalText(5000), en: optionalText(5000) }).nullish(),
  category_id: z.string().startsWith("pcat_").nullish(),
  variants: z
    .array(
      z.object({
        id: z.string().startsWith("variant_").optional(),
        title: Localized(60),
        price: z.coerce
          .number()
          .int("Giá là số đồng, không có phần lẻ (whole đồng)")
          .min(1000, "Giá tối thiểu 1.000 ₫ (at least 1,000 ₫)")
          .max(1_000_000_000),
        stock: z.coerce.number().int().min(0, "Tồn kho không được âm (stock cannot be negative)").max(1_000_000),
        sku: optionalText(60),
      })
    )
    .min(1, "Cần ít nhất một quy cách (at least one pack size)")
    .max(20)
    .refine((variants) => duplicateLabels(variants).length === 0, {
      message: "Mỗi quy cách cần một tên khác nhau (each pack size needs its own name)",
    }),
  photos: z
    .array(z.object({ url: PhotoUrl, sizes: z.record(z.enum(["320", "640", "1200"]), PhotoUrl) }))
    .max(10)
    .default([]),
})
export type VendorProductBody = z.infer<typeof VendorProductBody>

export const PublishBody = z.object({ published: z.boolean() })
export const InviteBody = z.object({ email: z.email("E-mail không hợp lệ (not an e-mail address)") })
export const AcceptInviteBody = z.object({ token: text(100).min(10), name: text(120).min(1) })
export const DocumentBody = z.object({ kind: z.enum(DOCUMENT_KINDS) })
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  q: z.string().trim().max(100).optional(),
})
export type ListQuery = z.infer<typeof ListQuery>
export const AdminListSellersQuery = ListQuery.extend({
  status: z.enum(["pending", "approved", "rejected", "suspended", "all"]).default("all"),
})
export type AdminListSellersQuery = z.infer<typeof AdminListSellersQuery>
export const AdminStatusBody = z.object({
  status: z.enum(["approved", "rejected", "suspended"]),
  reason: text(1000).nullish(),
})
