import { z } from "@medusajs/framework/zod"

/** POST /admin/trace/orders/:id/lots. Quantities are checked by the workflow (its messages name the line and lot). */
export const AssignOrderLotsBody = z.object({
  lines: z
    .array(
      z.object({
        line_item_id: z.string().trim().min(1).max(100),
        lots: z.array(z.object({ lot_id: z.string().trim().min(1).max(100), quantity: z.number() })).max(50),
      })
    )
    .min(1)
    .max(200),
})
export type AssignOrderLotsBody = z.infer<typeof AssignOrderLotsBody>
