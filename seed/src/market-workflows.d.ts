/**
 * The workflows of `@choso/market` the seed uses, typed from the plugin's contract
 * (plugins/market/API.md, src/api/schemas.ts): `medusa plugin:build` emits JavaScript without
 * declarations. Should the plugin ship its own types, TypeScript uses those instead of this file.
 */
declare module "@choso/market/workflows" {
  import type { MedusaContainer } from "@medusajs/framework/types"

  interface Runnable<TInput, TResult> {
    run(args: { input: TInput }): Promise<{ result: TResult }>
  }
  type Workflow<TInput, TResult> = (container?: MedusaContainer) => Runnable<TInput, TResult>

  type StallStatus = "pending" | "active" | "suspended"

  interface Market {
    id: string
    code: string
    name: string
    province_code: string
    ward_code: string
    address: string
    illustration: boolean
  }

  interface Stall {
    id: string
    code: string
    number: string
    display_name: string
    goods: string | null
    photo_url: string | null
    bank_bin: string
    bank_account: string
    account_holder: string
    account_verified_at: Date | string | null
    account_verified_by: string | null
    status: StallStatus
  }

  /** MarketBody: code upper case, digits and dashes ("CM-P2"); 2025 province and ward codes. */
  export const createMarketWorkflow: Workflow<
    {
      code: string
      name: string
      province_code: string
      ward_code: string
      address: string
      illustration?: boolean
    },
    Market
  >

  /** StallBody: creates the stall "pending", linked to its seller (of kind "stall"). */
  export const createStallWorkflow: Workflow<
    {
      market_id: string
      seller_id: string
      /** 3–16 upper-case letters or digits. */
      code: string
      number: string
      display_name: string
      goods?: string | null
      photo_url?: string | null
      bank_bin: string
      bank_account: string
      account_holder: string
    },
    Stall
  >

  /** The holder's name as the bank shows it must match the declared one; a pending stall becomes active. */
  export const verifyStallAccountWorkflow: Workflow<{ id: string; holder_name: string; by: string }, Stall>
}
