/**
 * What this plugin uses of @choso/marketplace, typed from their
 * contract: `medusa plugin:build` emits JavaScript without declarations.
 */
declare module "@choso/marketplace/modules/seller" {
  const SellerModule: {
    linkable: { seller: { serviceName: string; field: string; linkable: string; primaryKey: string } }
  }
  export default SellerModule
}

declare module "@choso/marketplace/lib/seller-codes" {
  export const SELLER_MODULE: "seller"
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
