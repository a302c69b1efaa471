import { AUTHORITY_LEVELS, CERTIFICATE_STATUSES, OCOP_GROUPS } from "@choso/ocop-rules"
import { model } from "@medusajs/framework/utils"
import CertificateEvent from "./certificate-event"

/**
 * One OCOP certificate (Decision 148): submitted by its producer (seller link), covering one or
 * more listings of the same product (product links), reviewed by the operator. Dates are Vietnam
 * calendar days ("YYYY-MM-DD"); `valid_until` is the last valid day (issue + 36 months − 1 day).
 */
const Certificate = model
  .define("ocop_certificate", {
    id: model.id({ prefix: "ocert" }).primaryKey(),
    seller_id: model.text(),
    status: model.enum([...CERTIFICATE_STATUSES]).default("draft"),
    stars: model.number(),
    group: model.enum([...OCOP_GROUPS]),
    score: model.float(),
    authority_level: model.enum([...AUTHORITY_LEVELS]),
    authority_name: model.text(),
    decision_number: model.text(),
    decision_date: model.text(),
    valid_until: model.text(),
    document_file_id: model.text(),
    document_url: model.text(),
    document_mime_type: model.text(),
    document_size: model.number(),
    /** The reviewer's reason (rejected, revoked). */
    reason: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    /** A renewal of this (approved) certificate, which it replaces when approved. */
    replaces_id: model.text().nullable(),
    warned_60_at: model.dateTime().nullable(),
    warned_30_at: model.dateTime().nullable(),
    events: model.hasMany(() => CertificateEvent, { mappedBy: "certificate" }),
  })
  .indexes([{ on: ["status", "valid_until"] }, { on: ["seller_id", "created_at"] }])

export default Certificate
