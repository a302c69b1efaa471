import { daysBetween } from "@choso/ocop-rules"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EXPIRY_WARNING_TEMPLATE } from "../../lib/constants"
import { productsOfCertificates } from "../../lib/load"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"

/**
 * Tells a producer, once at 60 days and once at 30, that a certificate ends: the mark is set
 * first (compare-and-set), so a rerun or a second instance never sends it twice.
 */
export const warnExpiringStep = createStep(
  "warn-expiring-ocop-certificates",
  async (input: { today: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const soon = await ocop.listOcopCertificates(
      { status: "approved", valid_until: { $gte: input.today } },
      {
        select: ["id", "seller_id", "valid_until", "decision_number", "stars", "warned_60_at", "warned_30_at"],
        take: 5000,
      }
    )
    const sent: { id: string; days: 30 | 60 }[] = []
    for (const c of soon) {
      const left = daysBetween(input.today, c.valid_until)
      const days: 30 | 60 | null = left <= 30 && !c.warned_30_at ? 30 : left <= 60 && !c.warned_60_at ? 60 : null
      if (!days) continue
      const column = days === 30 ? "warned_30_at" : "warned_60_at"
      const marked = await knex("ocop_certificate")
        .update({ [column]: knex.fn.now(), ...(days === 30 && !c.warned_60_at ? { warned_60_at: knex.fn.now() } : {}) })
        .where({ id: c.id, status: "approved" })
        .whereNull(column)
        .returning("id")
      if (!marked.length) continue
      await ocop.createOcopCertificateEvents({
        certificate_id: c.id,
        action: "warned",
        from_status: "approved",
        to_status: "approved",
        actor_type: "system",
        actor_id: null,
        reason: `Còn ${left} ngày (cảnh báo ${days} ngày)`,
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const [{ data: sellers }, productIds] = await Promise.all([
        query.graph({ entity: "seller", fields: ["id", "name", "email"], filters: { id: c.seller_id } }),
        productsOfCertificates(container, [c.id]),
      ])
      const seller = sellers[0] as { name: string; email: string } | undefined
      if (seller?.email) {
        await container.resolve(Modules.NOTIFICATION).createNotifications({
          to: seller.email,
          channel: "email",
          template: EXPIRY_WARNING_TEMPLATE,
          data: {
            subject: `Chứng nhận OCOP ${c.decision_number} hết hạn sau ${left} ngày`,
            seller_name: seller.name,
            certificate_id: c.id,
            decision_number: c.decision_number,
            stars: c.stars,
            valid_until: c.valid_until,
            days_left: left,
            product_ids: productIds,
          },
        })
      }
      sent.push({ id: c.id, days })
    }
    return new StepResponse(sent)
  }
)
