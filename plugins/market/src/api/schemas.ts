import { MARKET_CODE, PAYMENT_RAILS, REVIEW_DECISIONS, STALL_CODE, STALL_STATUSES } from "@choso/market-rules"
import { BANK_ACCOUNT, BANK_BIN } from "@choso/seller-rules"
import { z } from "@medusajs/framework/zod"

const text = (max: number) => z.string().trim().min(1).max(max)

export const PaymentRequestBody = z.object({
  amount: z.number().int(),
  rail: z.enum(PAYMENT_RAILS),
})
export type PaymentRequestBody = z.infer<typeof PaymentRequestBody>

export const ReviewDecisionBody = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  note: z.string().trim().min(3, "Ghi chú ít nhất 3 ký tự (note required).").max(500),
})
export type ReviewDecisionBody = z.infer<typeof ReviewDecisionBody>

export const DeviceBody = z.object({
  label: z.string().trim().max(80).optional(),
  stall_id: z.string().max(60).optional(),
})
export type DeviceBody = z.infer<typeof DeviceBody>

export const MarketBody = z.object({
  code: z.string().trim().toUpperCase().regex(MARKET_CODE, "Mã chợ: chữ in hoa, số và dấu gạch (CM-P2)."),
  name: text(200),
  province_code: text(10),
  ward_code: text(10),
  address: text(300),
  illustration: z.boolean().optional(),
})
export type MarketBody = z.infer<typeof MarketBody>

export const MarketUpdateBody = MarketBody.partial()
export type MarketUpdateBody = z.infer<typeof MarketUpdateBody>

export const StallBody = z.object({
  market_id: text(60),
  seller_id: text(60),
  code: z.string().trim().toUpperCase().regex(STALL_CODE, "Mã quầy: 3–16 chữ in hoa hoặc số."),
  number: text(20),
  display_name: text(120),
  goods: z.string().trim().max(300).nullish(),
  photo_url: z.string().trim().url().max(500).nullish(),
  bank_bin: z.string().regex(BANK_BIN, "Mã ngân hàng (BIN) gồm 6 chữ số."),
  bank_account: z.string().regex(BANK_ACCOUNT, "Số tài khoản gồm 6–19 chữ số."),
  account_holder: text(120),
})
export type StallBody = z.infer<typeof StallBody>

export const StallUpdateBody = StallBody.omit({ market_id: true, seller_id: true })
  .partial()
  .extend({ status: z.enum(STALL_STATUSES).optional() })
export type StallUpdateBody = z.infer<typeof StallUpdateBody>

export const VerifyAccountBody = z.object({
  /** The holder's name as the bank shows it; must match the declared one. */
  holder_name: text(120),
})
export type VerifyAccountBody = z.infer<typeof VerifyAccountBody>

export const AdminListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  status: z.string().max(30).optional(),
  market_id: z.string().max(60).optional(),
  outcome: z.string().max(30).optional(),
})
export type AdminListQuery = z.infer<typeof AdminListQuery>
