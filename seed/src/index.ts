import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { operatorLoginNotice, planAccounts, planSellerLogins, planVendorLogins } from "./setup/account-plan"
import { seedAccounts } from "./setup/accounts"
import { seedCatalog } from "./setup/catalog"
import { PUBLISHABLE_KEY_TITLE, SALES_CHANNEL_NAME } from "./setup/constants"
import { seedMarkets } from "./setup/markets"
import { seedOcop } from "./setup/ocop"
import { seedScale } from "./setup/scale"
import { seedSellers } from "./setup/sellers"
import { setupStore } from "./setup/store"
import { seedTrace } from "./setup/trace"
import {
  CATALOG_STEP,
  finishedSteps,
  MARKETS_STEP,
  OCOP_STEP,
  orderSteps,
  runSteps,
  SEED_STEPS,
  SELLERS_STEP,
  TRACE_STEP,
  withFinishedSteps,
} from "./steps/runner"

export { categories, producers, products } from "./catalog"
export { IMAGE_WIDTHS, productImageSvg, renderProductImages } from "./images/render"
export {
  DEMO_ADMIN,
  DEMO_CUSTOMER,
  DEMO_SELLER_PASSWORD,
  DEMO_SELLERS,
  DEMO_VENDOR,
  DEMO_VENDOR_PASSWORD,
} from "./setup/constants"
export { SEED_STEPS } from "./steps/runner"
export * from "./types"

type Container = ExecArgs["container"]

export interface SeedResult {
  /** Whether this run did any step. */
  seeded: boolean
  /** The steps this run did, in order. */
  ran: string[]
  /** Every step the database has recorded now (`store.metadata.choso_seed_steps`). */
  steps: string[]
  publishableKey: string
  /** Products in the store. */
  products: number
}

async function findPublishableKey(container: Container): Promise<string> {
  const apiKeys = container.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  const key = keys.find((k) => !k.revoked_at)
  if (!key) {
    throw new Error(`The store is marked as seeded but has no "${PUBLISHABLE_KEY_TITLE}" publishable key`)
  }
  return key.token
}

/** Refuses a database set up by someone else: it has regions but none of the seed's marks. */
async function refuseForeignData(container: Container): Promise<void> {
  const regions = await container.resolve(Modules.REGION).listRegions({}, { take: 1 })
  if (!regions.length) {
    return
  }
  const channels = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!channels.length) {
    throw new Error(
      "This database already has a store set up, but not by this seed (no " +
        `"${SALES_CHANNEL_NAME}" sales channel). Seed an empty database: drop it, or delete .data/ for the embedded one.`
    )
  }
}

/**
 * Runs the seed steps this database has not recorded yet (seed/steps.json, in order), recording
 * each in `store.metadata.choso_seed_steps` as soon as it finishes. A second run with nothing new
 * does nothing, so whatever the people using the store changed stays. CHOSO_SEED_UNTIL=<step>
 * stops after that step.
 */
export async function seedDemo(container: Container): Promise<SeedResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  const finished = finishedSteps(store?.metadata)
  if (!finished.includes(CATALOG_STEP)) {
    await refuseForeignData(container)
  }
  // Before anything is written, so a refused SEED_ADMIN_PASSWORD leaves the database as it was.
  const accounts = planAccounts(process.env)
  const sellerLogins = planSellerLogins(process.env)
  const vendorLogins = planVendorLogins(process.env)

  const steps = orderSteps(SEED_STEPS, {
    [CATALOG_STEP]: async () => {
      const setup = await setupStore(container)
      const count = await seedCatalog(container, setup)
      await seedAccounts(container, accounts)
      logger.info(`Seeded Chợ Số: ${count} products`)
      return operatorLoginNotice(accounts)
    },
    [SELLERS_STEP]: () => seedSellers(container, sellerLogins),
    [MARKETS_STEP]: () => seedMarkets(container, vendorLogins),
    [OCOP_STEP]: async () => {
      await seedOcop(container)
    },
    [TRACE_STEP]: async () => {
      await seedTrace(container)
    },
  })
  const { ran, finished: now } = await runSteps(steps, {
    finished,
    until: process.env.CHOSO_SEED_UNTIL || undefined,
    record: async (list) => {
      const [current] = await storeModule.listStores()
      await updateStoresWorkflow(container).run({
        input: { selector: { id: current.id }, update: { metadata: withFinishedSteps(current.metadata, list) } },
      })
    },
    log: (message) => logger.info(message),
    announce: (notice) => logger.warn(notice),
  })
  logger.info(ran.length ? `Seed steps done: ${ran.join(", ")}` : `Seed: nothing to do (${now.join(", ")})`)
  const [, products] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1 })
  return { seeded: ran.length > 0, ran, steps: now, publishableKey: await findPublishableKey(container), products }
}

/** `medusa exec` entry: writes the result where `npm start` asked for it. */
export async function runSeed({ container }: ExecArgs): Promise<void> {
  const result = await seedDemo(container)
  const output = process.env.CHOSO_SEED_OUTPUT
  if (output) {
    writeFileSync(output, JSON.stringify(result, null, 2))
  }
}

/** `medusa exec` entry for `npm run seed:scale`: grows the catalog to SEED_SCALE_PRODUCTS (10,000). */
export async function runSeedScale({ container }: ExecArgs): Promise<void> {
  const target = Number(process.env.SEED_SCALE_PRODUCTS || 10_000)
  if (!Number.isInteger(target) || target < 1) {
    throw new Error(`SEED_SCALE_PRODUCTS must be a positive integer, got "${process.env.SEED_SCALE_PRODUCTS}"`)
  }
  await seedScale(container, target)
}
