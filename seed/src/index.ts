import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { operatorLoginNotice, planAccounts } from "./setup/account-plan"
import { seedAccounts } from "./setup/accounts"
import { seedCatalog } from "./setup/catalog"
import { PUBLISHABLE_KEY_TITLE, SEED_VERSION } from "./setup/constants"
import { seedScale } from "./setup/scale"
import { setupStore } from "./setup/store"

export { categories, producers, products } from "./catalog"
export { IMAGE_WIDTHS, productImageSvg, renderProductImages } from "./images/render"
export { DEMO_ADMIN, DEMO_CUSTOMER } from "./setup/constants"
export * from "./types"

type Container = ExecArgs["container"]

export interface SeedResult {
  seeded: boolean
  publishableKey: string
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

/**
 * Seeds the demo store once. A store already marked with a seed version is left as it is, so a
 * second `npm start` keeps whatever the people using it changed.
 */
export async function seedDemo(container: Container): Promise<SeedResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  if (store?.metadata?.choso_seed_version) {
    logger.info(`Already seeded (${String(store.metadata.choso_seed_version)}); nothing to do`)
    return { seeded: false, publishableKey: await findPublishableKey(container), products: 0 }
  }
  const regions = await container.resolve(Modules.REGION).listRegions({}, { take: 1 })
  if (regions.length) {
    throw new Error(
      "This database already has a store set up, but not by a finished seed (an earlier seed stopped half-way, " +
        "or the data is someone else's). Seed an empty database: drop it, or delete .data/ for the embedded one."
    )
  }
  // Before anything is written, so a refused SEED_ADMIN_PASSWORD leaves the database empty.
  const accounts = planAccounts(process.env)
  const setup = await setupStore(container)
  const count = await seedCatalog(container, setup)
  await seedAccounts(container, accounts)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: setup.storeId },
      update: { metadata: { default_locale: "vi-VN", choso_seed_version: SEED_VERSION } },
    },
  })
  logger.info(`Seeded Chợ Số: ${count} products`)
  const notice = operatorLoginNotice(accounts)
  if (notice) {
    logger.warn(notice)
  }
  return { seeded: true, publishableKey: setup.publishableKey, products: count }
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
