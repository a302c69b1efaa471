/// <reference path="../ocop-workflows.d.ts" />

import { importCertificateWorkflow, submitCertificateWorkflow } from "@choso/ocop/workflows"
import { vietnamToday } from "@choso/ocop-rules"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deleteFilesWorkflow, updateProductsWorkflow, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { LEGACY_OCOP_METADATA } from "../catalog/metadata"
import { OCOP_GROUP_NAMES, type OcopCertificateSeed, ocopCertificateSeeds } from "../catalog/ocop"
import { producers } from "../catalog/producers"
import { renderCertificateImage } from "../images/certificate"
import { OCOP_IMPORTED_BY } from "./constants"
import { requireMarketplace } from "./sellers"

type Container = ExecArgs["container"]

/** The OCOP plugin's module (its key in the container and in links). */
const OCOP_MODULE = "ocop"
const PAGE = 1000
const UPDATE_BATCH = 500

interface ProductRow {
  id: string
  handle: string
  title: string
  seller?: { id: string; name: string } | null
}

interface SellerRow {
  id: string
  members?: { id: string; role: string; created_at?: string | Date }[] | null
}

function requireOcopPlugin(container: Container): void {
  if (!container.hasRegistration(OCOP_MODULE)) {
    throw new Error(
      'The OCOP certificates need the OCOP plugin: add "@choso/ocop" to the plugins of backend/medusa-config.ts and run the migrations'
    )
  }
}

/**
 * Removes `ocop_stars` / `ocop_year` from every product's metadata (seed:scale's copies too):
 * shoppers' badges come from certificates only. An empty string removes a key (mergeMetadata).
 * Returns how many products had them.
 */
export async function removeLegacyOcopMetadata(container: Container): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)
  const ids: string[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await productModule.listProducts(
      {},
      { select: ["id", "metadata"], skip, take: PAGE, order: { id: "ASC" } }
    )
    for (const product of page) {
      if (LEGACY_OCOP_METADATA.some((key) => product.metadata && key in product.metadata)) {
        ids.push(product.id)
      }
    }
    if (page.length < PAGE) {
      break
    }
  }
  const removal = Object.fromEntries(LEGACY_OCOP_METADATA.map((key) => [key, ""]))
  for (let i = 0; i < ids.length; i += UPDATE_BATCH) {
    await updateProductsWorkflow(container).run({
      input: { products: ids.slice(i, i + UPDATE_BATCH).map((id) => ({ id, metadata: removal })) },
    })
  }
  return ids.length
}

/** Which of `productIds` a submitted or approved certificate covers already (made by anyone). */
async function coveredProducts(container: Container, productIds: string[]): Promise<Set<string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "ocop_certificate_product",
    fields: ["certificate_id", "product_id"],
    filters: { product_id: productIds },
  })
  const rows = links as { certificate_id: string; product_id: string }[]
  if (!rows.length) {
    return new Set()
  }
  const { data: certificates } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id"],
    filters: { id: [...new Set(rows.map((r) => r.certificate_id))], status: ["submitted", "approved"] },
  })
  const open = new Set((certificates as { id: string }[]).map((c) => c.id))
  return new Set(rows.filter((r) => open.has(r.certificate_id)).map((r) => r.product_id))
}

/** The member who submits for `sellerId`: its owner (the first one), else any member. */
async function submittingMember(container: Container, sellerId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "members.id", "members.role"],
    filters: { id: sellerId },
  })
  const members = (data as SellerRow[])[0]?.members ?? []
  const member = members.find((m) => m.role === "owner") ?? members[0]
  if (!member) {
    throw new Error(`Seller ${sellerId} has no member to submit its OCOP certificate`)
  }
  return member.id
}

/** Renders the certificate's (illustration) document and uploads it, public like product images. */
async function uploadDocument(container: Container, seed: OcopCertificateSeed, product: ProductRow) {
  const holder = producers.find((p) => p.handle === seed.producer)?.name ?? product.seller?.name ?? ""
  const image = await renderCertificateImage({
    product: product.title,
    holder,
    stars: seed.stars,
    group: OCOP_GROUP_NAMES[seed.group],
    score: seed.score,
    authority_name: seed.authority_name,
    decision_number: seed.decision_number,
    decision_date: seed.decision_date,
    valid_until: seed.valid_until,
  })
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: [
        {
          filename: `ocop/${seed.product}.webp`,
          mimeType: "image/webp",
          content: image.toString("base64"),
          access: "public" as const,
        },
      ],
    },
  })
  const file = result[0]
  return { file_id: file.id, url: file.url, mime_type: "image/webp", size: image.length }
}

export interface OcopSeedSummary {
  approved: number
  expired: number
  submitted: number
  /** Certificates an earlier run (or someone) made already. */
  kept: number
  /** Products whose `ocop_stars` / `ocop_year` metadata was removed. */
  cleaned: number
}

/**
 * The step `ocop-…`: the products' OCOP stars become certificates (catalog/ocop.ts, dated from
 * today in Vietnam): each approved one imported with its document and badge, one expiring in 20
 * days, one expired (no badge), one submitted by its producer's owner and waiting for review. The
 * products' `ocop_stars` / `ocop_year` metadata goes. Safe to run again: a certificate is found by
 * its decision number, and a product some submitted or approved certificate covers is left alone.
 */
export async function seedOcop(container: Container, today = vietnamToday()): Promise<OcopSeedSummary> {
  requireMarketplace(container)
  requireOcopPlugin(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cleaned = await removeLegacyOcopMetadata(container)

  const seeds = ocopCertificateSeeds(today)
  const { data: productData } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "seller.id", "seller.name"],
    filters: { handle: seeds.map((s) => s.product) },
  })
  const productByHandle = new Map((productData as ProductRow[]).map((p) => [p.handle, p]))
  const { data: existing } = await query.graph({
    entity: "ocop_certificate",
    fields: ["id", "decision_number"],
    filters: { decision_number: seeds.map((s) => s.decision_number) },
  })
  const made = new Set((existing as { decision_number: string }[]).map((c) => c.decision_number))
  const covered = await coveredProducts(
    container,
    [...productByHandle.values()].map((p) => p.id)
  )

  const summary: OcopSeedSummary = { approved: 0, expired: 0, submitted: 0, kept: 0, cleaned }
  for (const seed of seeds) {
    const product = productByHandle.get(seed.product)
    if (made.has(seed.decision_number)) {
      summary.kept++
      continue
    }
    if (!product) {
      logger.warn(`OCOP: product ${seed.product} is not in the store; no certificate`)
      continue
    }
    if (covered.has(product.id)) {
      summary.kept++
      continue
    }
    const sellerId = product.seller?.id
    if (!sellerId) {
      logger.warn(`OCOP: product ${seed.product} has no seller; no certificate`)
      continue
    }
    const actorId = seed.status === "submitted" ? await submittingMember(container, sellerId) : OCOP_IMPORTED_BY
    const document = await uploadDocument(container, seed, product)
    const input = {
      seller_id: sellerId,
      actor_id: actorId,
      product_ids: [product.id],
      stars: seed.stars,
      group: seed.group,
      score: seed.score,
      authority_level: seed.authority_level,
      authority_name: seed.authority_name,
      decision_number: seed.decision_number,
      decision_date: seed.decision_date,
      document,
    }
    try {
      if (seed.status === "submitted") {
        await submitCertificateWorkflow(container).run({ input })
      } else {
        await importCertificateWorkflow(container).run({ input: { ...input, status: seed.status } })
      }
    } catch (error) {
      await deleteFilesWorkflow(container).run({ input: { ids: [document.file_id] } })
      throw error
    }
    summary[seed.status]++
  }
  logger.info(
    `OCOP certificates: ${summary.approved} approved, ${summary.expired} expired, ${summary.submitted} waiting for review ` +
      `(${summary.kept} there already); OCOP metadata removed from ${cleaned} products`
  )
  return summary
}
