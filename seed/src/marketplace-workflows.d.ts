/**
 * The workflows of `@choso/marketplace` the seed uses, typed from the plugin's contract
 * (plugins/marketplace/README.md): `medusa plugin:build` emits JavaScript without declarations.
 * Should the plugin ship its own types, TypeScript uses those instead of this file.
 */
declare module "@choso/marketplace/workflows" {
  import type { MedusaContainer } from "@medusajs/framework/types"

  interface Runnable<TInput, TResult> {
    run(args: { input: TInput }): Promise<{ result: TResult }>
  }
  type Workflow<TInput, TResult> = (container?: MedusaContainer) => Runnable<TInput, TResult>

  type SellerStatus = "pending" | "approved" | "rejected" | "suspended"

  export const registerSellerWorkflow: Workflow<
    {
      auth_identity_id: string
      member_name: string
      seller: {
        handle?: string
        name: string
        kind: "cooperative" | "enterprise" | "household" | "stall"
        legal_form: "organisation" | "household_business" | "individual"
        tax_code?: string | null
        business_registration_number?: string | null
        representative: string
        id_number: string
        phone: string
        email: string
        province_code: string
        ward_code: string
        address_line: string
        story_vi?: string | null
        story_en?: string | null
        logo_url?: string | null
        bank_bin: string
        bank_account_number: string
        bank_account_name: string
      }
    },
    { seller: { id: string; handle: string; status: SellerStatus }; member: { id: string } }
  >

  export const changeSellerStatusWorkflow: Workflow<
    {
      seller_id: string
      status: SellerStatus
      reason?: string | null
      actor: { type: "system" | "user" | "seller"; id?: string | null }
    },
    unknown
  >

  export const assignProductsToSellerWorkflow: Workflow<{ seller_id: string; product_ids: string[] }, unknown>
}
