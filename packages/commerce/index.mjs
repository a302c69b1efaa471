// The store's constants, shared by the payment plugin, the seed and the storefront. Plain ESM,
// so Vite (dev server, build) and vitest read it as it is; index.js hands it to CommonJS.

/** Cash on delivery: Medusa's system payment provider. */
export const COD_PROVIDER_ID = "pp_system_default"

/** VNPay: "pp_" + the provider's identifier + "_" + its id in medusa-config (plugins/payment-vnpay). */
export const VNPAY_PROVIDER_ID = "pp_vnpay_vnpay"

/** Orders whose item total reaches this many đồng ship free (a price rule the seed writes). */
export const FREE_SHIPPING_THRESHOLD = 500000
