import { AUTHORITY_LEVELS, OCOP_GROUPS } from "@choso/ocop-rules"
import { z } from "@medusajs/framework/zod"

/** The submission's fields as a multipart form sends them (strings; product_ids repeated or comma-separated). */
export const SubmissionBody = z.object({
  product_ids: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean)),
  stars: z.coerce.number().int(),
  group: z.enum(OCOP_GROUPS),
  score: z.coerce.number(),
  authority_level: z.enum(AUTHORITY_LEVELS),
  authority_name: z.string().trim().max(200),
  decision_number: z.string().trim().max(80),
  decision_date: z.string().trim().max(10),
  replaces_id: z.string().trim().max(60).optional(),
})
export type SubmissionBody = z.infer<typeof SubmissionBody>

export const ReasonBody = z.object({ reason: z.string().trim().max(1000).optional() })
export type ReasonBody = z.infer<typeof ReasonBody>

export const AdminListQuery = z.object({
  status: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListQuery = z.infer<typeof AdminListQuery>

export const StoreProductsQuery = z.object({
  stars: z.coerce.number().int().min(3).max(5).optional(),
  group: z.enum(OCOP_GROUPS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(48),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreProductsQuery = z.infer<typeof StoreProductsQuery>
