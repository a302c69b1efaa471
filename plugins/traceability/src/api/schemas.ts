import { TRACE_STEPS } from "@choso/trace-rules"
import { z } from "@medusajs/framework/zod"

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => v || undefined)

/** A number from JSON or a multipart form ("" is absent). */
const optionalNumber = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : v),
  z.coerce.number().finite().optional()
)

export const LotListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  variant_id: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type LotListQuery = z.infer<typeof LotListQuery>

export const NewLotBody = z.object({
  variant_id: z.string().trim().max(100),
  code: z.string().trim().max(40),
  gtin: optionalText(20),
  produced_on: z.string().trim().max(10),
  expires_on: optionalText(10),
  quantity: z.coerce.number(),
  unit: z.string().trim().max(10),
  origin_ward_code: z.string().trim().max(10),
  origin_place: z.string().trim().max(400),
})
export type NewLotBody = z.infer<typeof NewLotBody>

export const StepBody = z.object({
  step: z.enum(TRACE_STEPS),
  event_time: optionalText(40),
  quantity: optionalNumber,
  latitude: optionalNumber,
  longitude: optionalNumber,
  ward_code: optionalText(10),
  place_name: optionalText(200),
  note: optionalText(1000),
  uom: optionalText(8),
  input_lot_ids: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) =>
      v === undefined
        ? undefined
        : (Array.isArray(v) ? v : v.split(","))
            .map((s) => s.trim())
            .filter(Boolean)
            .slice(0, 20)
    ),
})
export type StepBody = z.infer<typeof StepBody>

export const CorrectionBody = z.object({
  reason: z.enum(["incorrect_data", "did_not_occur"]),
  note: optionalText(1000),
  replacement: StepBody.optional().nullable(),
})
export type CorrectionBody = z.infer<typeof CorrectionBody>

export const DigestListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(366).default(30),
})
export type DigestListQuery = z.infer<typeof DigestListQuery>
