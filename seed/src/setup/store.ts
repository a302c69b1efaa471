import { COD_PROVIDER_ID, FREE_SHIPPING_THRESHOLD, VNPAY_PROVIDER_ID } from "@choso/commerce"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  CURRENCY,
  DEFAULT_LOCALE,
  ENGLISH_LOCALE,
  NATIONAL_ZONE,
  PUBLISHABLE_KEY_TITLE,
  REGION_NAME,
  SALES_CHANNEL_NAME,
  SHIPPING_ZONES,
  STOCK_LOCATION_NAME,
  VAT_RATE,
} from "./constants"

type Container = ExecArgs["container"]

export interface StoreSetup {
  storeId: string
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

/** The store itself: VND, Vietnamese by default with English, and its own sales channel. */
async function setupSalesChannel(container: Container): Promise<{ storeId: string; salesChannelId: string }> {
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await storeModule.listStores()
  let [channel] = await salesChannelModule.listSalesChannels({ name: SALES_CHANNEL_NAME })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [{ name: SALES_CHANNEL_NAME, description: "Cửa hàng trực tuyến sản phẩm OCOP" }],
      },
    })
    channel = result[0]
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Chợ Số",
        supported_currencies: [{ currency_code: CURRENCY, is_default: true, is_tax_inclusive: true }],
        supported_locales: [{ locale_code: DEFAULT_LOCALE }, { locale_code: ENGLISH_LOCALE }],
        default_sales_channel_id: channel.id,
        metadata: { ...store.metadata, default_locale: DEFAULT_LOCALE },
      },
    },
  })
  return { storeId: store.id, salesChannelId: channel.id }
}

/** Cash on delivery always; VNPay when the backend runs with VNPay configured (sandbox or real). */
async function paymentProviders(container: Container): Promise<string[]> {
  const registered = await container.resolve(Modules.PAYMENT).listPaymentProviders({ id: [VNPAY_PROVIDER_ID] })
  return [COD_PROVIDER_ID, ...registered.map((p) => p.id)]
}

/** The region "Việt Nam" (VND, prices with VAT) and Vietnam's tax region; each made unless it exists. */
async function setupRegion(container: Container): Promise<string> {
  const [existing] = await container.resolve(Modules.REGION).listRegions({ name: REGION_NAME })
  const regionId = existing?.id ?? (await createRegion(container))
  const [taxRegion] = await container.resolve(Modules.TAX).listTaxRegions({ country_code: "vn" })
  if (!taxRegion) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "vn",
          provider_id: "tp_system",
          default_tax_rate: { rate: VAT_RATE, code: "VAT", name: "Thuế GTGT 8%" },
        },
      ],
    })
  }
  return regionId
}

async function createRegion(container: Container): Promise<string> {
  const providers = await paymentProviders(container)
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: CURRENCY,
          countries: ["vn"],
          payment_providers: providers,
          automatic_taxes: true,
          is_tax_inclusive: true,
        },
      ],
    },
  })
  return result[0].id
}

/** The storefront's publishable key (found by title unless revoked, else made), in the sales channel. */
async function setupPublishableKey(container: Container, salesChannelId: string): Promise<string> {
  const keys = await container
    .resolve(Modules.API_KEY)
    .listApiKeys({ title: PUBLISHABLE_KEY_TITLE, type: "publishable" })
  let key = keys.find((k) => !k.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "seed" }] },
    })
    key = result[0]
  }
  // Adding a channel the key already has keeps one link (links are upserted).
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [salesChannelId] },
  })
  return key.token
}

const FULFILLMENT_SET_NAME = "Giao hàng tận nhà từ Kho Cà Mau"

/**
 * The Cà Mau warehouse, home delivery by zone, free above the threshold. Each part is looked for
 * first, so a seed that stopped half-way finishes the rest.
 */
async function setupFulfillment(
  container: Container,
  salesChannelId: string
): Promise<{ stockLocationId: string; shippingProfileId: string }> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  let [stockLocation] = await container
    .resolve(Modules.STOCK_LOCATION)
    .listStockLocations({ name: STOCK_LOCATION_NAME })
  if (!stockLocation) {
    const { result: locations } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "Số 8 Đường Phan Ngọc Hiển",
              city: "Phường An Xuyên",
              province: "96",
              country_code: "vn",
              phone: "02903831234",
            },
          },
        ],
      },
    })
    stockLocation = locations[0]
  }
  const {
    data: [linked],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_providers.id", "fulfillment_sets.id"],
    filters: { id: stockLocation.id },
  })
  if (!linked?.fulfillment_providers?.some((p: { id?: string } | null) => p?.id === "manual_manual")) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }

  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const shippingProfileId =
    profile?.id ?? (await fulfillment.createShippingProfiles({ name: "Hàng thường", type: "default" })).id

  const zoned = new Set(SHIPPING_ZONES.flatMap((z) => z.provinces))
  // The 2025 province list comes from the vietnam plugin's module.
  const vietnam = container.resolve<{ listProvinces(): { code: string }[] }>("vietnam")
  const national = vietnam
    .listProvinces()
    .map((p) => p.code)
    .filter((code) => !zoned.has(code))
  const zones = [...SHIPPING_ZONES, { ...NATIONAL_ZONE, provinces: national }]

  let [fulfillmentSet] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: zones.map((zone) => ({
        name: zone.name,
        geo_zones: zone.provinces.map((province_code) => ({
          type: "province" as const,
          country_code: "vn",
          province_code,
        })),
      })),
    })
  }
  if (!linked?.fulfillment_sets?.some((set: { id?: string } | null) => set?.id === fulfillmentSet.id)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }

  const serviceZoneOf = (name: string) => fulfillmentSet.service_zones.find((z) => z.name === name)!
  const existingOptions = await fulfillment.listShippingOptions({
    service_zone: { id: fulfillmentSet.service_zones.map((z) => z.id) },
  })
  const served = new Set(existingOptions.map((o) => o.service_zone_id))
  const unserved = zones.filter((zone) => !served.has(serviceZoneOf(zone.name).id))
  if (unserved.length) {
    await createShippingOptionsWorkflow(container).run({
      input: unserved.map((zone) => ({
        name: `Giao hàng tiêu chuẩn (${zone.days} ngày)`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: serviceZoneOf(zone.name).id,
        shipping_profile_id: shippingProfileId,
        type: {
          label: "Tiêu chuẩn",
          description: `${zone.name}: ${zone.days} ngày, miễn phí từ ${FREE_SHIPPING_THRESHOLD.toLocaleString("vi-VN")} ₫`,
          code: "standard",
        },
        prices: [
          { currency_code: CURRENCY, amount: zone.fee },
          {
            currency_code: CURRENCY,
            amount: 0,
            rules: [{ attribute: "item_total", operator: "gte" as const, value: FREE_SHIPPING_THRESHOLD }],
          },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }

  // Adding a channel the location already has keeps one link (links are upserted).
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: stockLocation.id, add: [salesChannelId] },
  })
  await updateStoresWorkflow(container).run({
    input: { selector: {}, update: { default_location_id: stockLocation.id } },
  })
  return { stockLocationId: stockLocation.id, shippingProfileId }
}

export async function setupStore(container: Container): Promise<StoreSetup> {
  const { storeId, salesChannelId } = await setupSalesChannel(container)
  const regionId = await setupRegion(container)
  const publishableKey = await setupPublishableKey(container, salesChannelId)
  const { stockLocationId, shippingProfileId } = await setupFulfillment(container, salesChannelId)
  return { storeId, salesChannelId, regionId, stockLocationId, shippingProfileId, publishableKey }
}
