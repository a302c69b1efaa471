/// <reference path="../marketplace-workflows.d.ts" />
import {
  assignProductsToSellerWorkflow,
  changeSellerStatusWorkflow,
  registerSellerWorkflow,
} from "@choso/marketplace/workflows"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { applicantSeed, sellerSeeds } from "../catalog"
import type { SellerSeed } from "../types"
import { type SellerLoginPlan, sellerLoginNotice } from "./account-plan"
import { ensureEmailPass } from "./accounts"
import { SELLER_APPROVAL_REASON } from "./constants"

type Container = ExecArgs["container"]

/** The marketplace plugin's module (its key in the container and in links). */
const SELLER_MODULE = "seller"
const PAGE = 1000
const ASSIGN_BATCH = 500

export interface SellerRow {
  id: string
  handle: string
  status: string
}

export function requireMarketplace(container: Container): void {
  if (!container.hasRegistration(SELLER_MODULE)) {
    throw new Error(
      'The sellers need the marketplace plugin: add "@choso/marketplace" to the plugins of backend/medusa-config.ts and run the migrations'
    )
  }
}

async function findSellers(container: Container, handles?: string[]): Promise<SellerRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "handle", "status"],
    ...(handles ? { filters: { handle: handles } } : {}),
  })
  return data as SellerRow[]
}

/** The seller of `seed`, registered with its owner member unless an earlier run did it. */
export async function ensureSeller(
  container: Container,
  seed: SellerSeed,
  logins: SellerLoginPlan
): Promise<SellerRow> {
  const [found] = await findSellers(container, [seed.seller.handle])
  if (found) {
    return found
  }
  const identity = await ensureEmailPass(container, seed.email, logins.password())
  const { result } = await registerSellerWorkflow(container).run({
    input: { auth_identity_id: identity.id, member_name: seed.member_name, seller: seed.seller },
  })
  return result.seller
}

/**
 * The step `sellers-…`: each producer becomes an approved seller whose owner member signs in as
 * `<handle>@nguoiban.choso.vn` and who owns the products with its `metadata.producer_handle`;
 * one household applicant is left pending for the operator. Safe to run again: what exists is
 * found by handle (sellers) or link (products) and kept.
 */
export async function seedSellers(container: Container, logins: SellerLoginPlan): Promise<string | null> {
  requireMarketplace(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let approved = 0
  for (const seed of sellerSeeds) {
    const seller = await ensureSeller(container, seed, logins)
    if (seller.status === "pending") {
      await changeSellerStatusWorkflow(container).run({
        input: { seller_id: seller.id, status: "approved", reason: SELLER_APPROVAL_REASON, actor: { type: "system" } },
      })
      approved++
    } else if (seller.status !== "approved") {
      logger.warn(`Seller ${seller.handle} is ${seller.status}; the seed leaves it so`)
    }
  }
  const applicant = await ensureSeller(container, applicantSeed, logins)
  const assigned = await assignProducerProducts(container)
  logger.info(
    `Sellers: ${sellerSeeds.length} producers (${approved} approved now), ${assigned} products assigned, ` +
      `applicant ${applicant.handle} ${applicant.status}`
  )
  return sellerLoginNotice(logins)
}

/**
 * Links every product that has no seller yet to the seller of its producer
 * (`metadata.producer_handle`, which seed:scale's copies keep), in batches. Returns how many.
 */
export async function assignProducerProducts(container: Container): Promise<number> {
  requireMarketplace(container)
  const sellers = await findSellers(container)
  const sellerByHandle = new Map(sellers.map((s) => [s.handle, s.id]))
  const productModule = container.resolve(Modules.PRODUCT)
  const byProducer = new Map<string, string[]>()
  for (let skip = 0; ; skip += PAGE) {
    const page = await productModule.listProducts(
      {},
      { select: ["id", "metadata"], skip, take: PAGE, order: { id: "ASC" } }
    )
    for (const product of page) {
      const producer = product.metadata?.producer_handle
      if (typeof producer === "string" && sellerByHandle.has(producer)) {
        const ids = byProducer.get(producer) ?? []
        ids.push(product.id)
        byProducer.set(producer, ids)
      }
    }
    if (page.length < PAGE) {
      break
    }
  }
  const linked = await productsWithSeller(
    container,
    sellers.map((s) => s.id),
    [...byProducer.values()].flat()
  )
  let assigned = 0
  for (const [producer, productIds] of byProducer) {
    const unlinked = productIds.filter((id) => !linked.has(id))
    for (let i = 0; i < unlinked.length; i += ASSIGN_BATCH) {
      const batch = unlinked.slice(i, i + ASSIGN_BATCH)
      await assignProductsToSellerWorkflow(container).run({
        input: { seller_id: sellerByHandle.get(producer)!, product_ids: batch },
      })
      assigned += batch.length
    }
  }
  return assigned
}

/** Which of `productIds` some seller already owns (the seller ↔ product link). */
async function productsWithSeller(
  container: Container,
  sellerIds: string[],
  productIds: string[]
): Promise<Set<string>> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const owned = new Set<string>()
  if (!sellerIds.length) {
    return owned
  }
  for (let i = 0; i < productIds.length; i += PAGE) {
    const rows = (await link.list({
      [SELLER_MODULE]: { seller_id: sellerIds },
      [Modules.PRODUCT]: { product_id: productIds.slice(i, i + PAGE) },
    })) as { product_id: string }[]
    for (const row of rows) {
      owned.add(row.product_id)
    }
  }
  return owned
}
