/** Cash on delivery: Medusa's system payment provider. */
export declare const COD_PROVIDER_ID: "pp_system_default"
/** VNPay: "pp_" + the provider's identifier + "_" + its id in medusa-config (plugins/payment-vnpay). */
export declare const VNPAY_PROVIDER_ID: "pp_vnpay_vnpay"
/** Orders whose item total reaches this many đồng ship free (a price rule the seed writes). */
export declare const FREE_SHIPPING_THRESHOLD: 500000
