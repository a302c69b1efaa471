/// <reference path="../marketplace-workflows.d.ts" />
/// <reference path="../market-workflows.d.ts" />
import { createMarketWorkflow, createStallWorkflow, verifyStallAccountWorkflow } from "@choso/market/workflows"
import { changeSellerStatusWorkflow } from "@choso/marketplace/workflows"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { marketSeeds, stallInputOf, stallSeeds, vendorSeedOf } from "../catalog/markets"
import type { MarketSeed, StallSeed } from "../types"
import { type SellerLoginPlan, vendorLoginNotice } from "./account-plan"
import { SELLER_APPROVAL_REASON, STALL_VERIFIED_BY } from "./constants"
import { ensureSeller, requireMarketplace } from "./sellers"

type Container = ExecArgs["container"]

/** The market plugin's module (its key in the container and in links). */
const MARKET_MODULE = "market"

interface MarketRow {
  id: string
  code: string
}

interface StallRow {
  id: string
  code: string
  status: string
  account_verified_at: Date | string | null
}

function requireMarketPlugin(container: Container): void {
  if (!container.hasRegistration(MARKET_MODULE)) {
    throw new Error(
      'The chợ 4.0 markets need the market plugin: add "@choso/market" to the plugins of backend/medusa-config.ts and run the migrations'
    )
  }
}

async function findMarket(container: Container, code: string): Promise<MarketRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "market", fields: ["id", "code"], filters: { code } })
  return (data as MarketRow[])[0]
}

async function findStall(container: Container, code: string): Promise<StallRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stall",
    fields: ["id", "code", "status", "account_verified_at"],
    filters: { code },
  })
  return (data as StallRow[])[0]
}

/** The market of `seed`, made unless an earlier run did it; always marked as an illustration. */
async function ensureMarket(container: Container, seed: MarketSeed): Promise<MarketRow> {
  const found = await findMarket(container, seed.code)
  if (found) {
    return found
  }
  const { result } = await createMarketWorkflow(container).run({ input: { ...seed, illustration: true } })
  return result
}

/**
 * The stall of `seed`: its vendor registered (a seller of kind "stall") and approved, the stall
 * added to its market and linked to the vendor, then its account verified unless the seed leaves
 * it pending. Each part is looked up (seller by handle, stall by code) before it is made.
 */
async function ensureStall(
  container: Container,
  seed: StallSeed,
  marketId: string,
  logins: SellerLoginPlan
): Promise<StallRow> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const vendor = vendorSeedOf(seed)
  const seller = await ensureSeller(container, vendor, logins)
  if (seller.status === "pending") {
    await changeSellerStatusWorkflow(container).run({
      input: { seller_id: seller.id, status: "approved", reason: SELLER_APPROVAL_REASON, actor: { type: "system" } },
    })
  } else if (seller.status !== "approved") {
    logger.warn(`Stall vendor ${seller.handle} is ${seller.status}; the seed leaves it so`)
  }
  let stall = await findStall(container, seed.code)
  if (!stall) {
    const { result } = await createStallWorkflow(container).run({
      input: stallInputOf(seed, { market_id: marketId, seller_id: seller.id }),
    })
    stall = result
  }
  if (seed.verified && !stall.account_verified_at) {
    const { result } = await verifyStallAccountWorkflow(container).run({
      input: { id: stall.id, holder_name: vendor.seller.bank_account_name, by: STALL_VERIFIED_BY },
    })
    stall = result
  }
  return stall
}

/**
 * The step `markets-…`: the chợ 4.0 markets (Chợ Phường 2 and Chợ Cà Mau in Cà Mau, Chợ Hàn
 * and Chợ Cồn in Đà Nẵng, each `illustration`) with two or three stalls each. Every stall has its
 * own vendor, who signs in as `<stall code>@quay.choso.vn`; all stalls but one have a verified
 * account and take payments, the one left pending shows what the operator still has to check.
 * Safe to run again: markets and stalls are found by code, vendors by handle.
 */
export async function seedMarkets(container: Container, logins: SellerLoginPlan): Promise<string | null> {
  requireMarketplace(container)
  requireMarketPlugin(container)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const marketIds = new Map<string, string>()
  for (const seed of marketSeeds) {
    marketIds.set(seed.code, (await ensureMarket(container, seed)).id)
  }
  const active: string[] = []
  const pending: string[] = []
  for (const seed of stallSeeds) {
    const stall = await ensureStall(container, seed, marketIds.get(seed.market)!, logins)
    ;(stall.status === "active" ? active : pending).push(stall.code)
  }
  logger.info(
    `Markets: ${marketSeeds.length} (chợ 4.0, illustration), ${stallSeeds.length} stalls: ` +
      `${active.length} active, pending ${pending.join(", ") || "none"}`
  )
  return vendorLoginNotice(logins)
}
