import { model } from "@medusajs/framework/utils"
import Certificate from "./certificate"

/** Who did what to a certificate, when and why (never changed afterwards). */
const CertificateEvent = model
  .define("ocop_certificate_event", {
    id: model.id({ prefix: "oce" }).primaryKey(),
    action: model.text(),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    actor_type: model.enum(["seller", "user", "system"]),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
    certificate: model.belongsTo(() => Certificate, { mappedBy: "events" }),
  })
  .indexes([{ on: ["certificate_id", "created_at"] }])

export default CertificateEvent
