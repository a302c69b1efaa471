/**
 * What this plugin uses of @choso/marketplace and @choso/payment-vnpay, typed from their
 * contracts: `medusa plugin:build` emits JavaScript without declarations. Workflows of those
 * plugins are run by name through the workflow engine, so only these few are needed.
 */
declare module "@choso/marketplace/modules/seller" {
  const SellerModule: {
    linkable: { seller: { serviceName: string; field: string; linkable: string; primaryKey: string } }
  }
  export default SellerModule
}

declare module "@choso/marketplace/lib/seller-codes" {
  export const SELLER_MODULE: "seller"
  export const SELLER_EVENTS: { readonly memberRemoved: "seller.member_removed" }
}

declare module "@choso/marketplace/api/vendor/scope" {
  import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"

  export interface SellerScope {
    seller_id: string
    member_id: string
    role: "owner" | "staff"
  }
  export type VendorRequest<Body = unknown, Query = Record<string, unknown>> = AuthenticatedMedusaRequest<
    Body,
    Query
  > & { seller: SellerScope }
}

declare module "@choso/payment-vnpay/lib/constants" {
  export const VNPAY_PURPOSE_PAID_EVENT: "vnpay.purpose.paid"
  export interface VNPayPurposePaid {
    attempt_id: string
    purpose: "cart" | "stall_payment"
    resource_id: string
    txn_ref: string
    amount: number
    transaction_no: string | null
  }
}
