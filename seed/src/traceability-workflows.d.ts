/**
 * The workflows of `@choso/traceability` the seed uses, typed from the plugin's contract
 * (plugins/traceability/API.md, src/workflows/*.ts): `medusa plugin:build` emits JavaScript without
 * declarations. Should the plugin ship its own types, TypeScript uses those instead of this file.
 */
declare module "@choso/traceability/workflows" {
  import type { EpcisEvent } from "@choso/trace-rules"
  import type { MedusaContainer } from "@medusajs/framework/types"

  interface Runnable<TInput, TResult> {
    run(args: { input: TInput }): Promise<{ result: TResult }>
  }
  type Workflow<TInput, TResult> = (container?: MedusaContainer) => Runnable<TInput, TResult>

  /** The stored row (the module's `lot`). */
  interface LotRow {
    id: string
    seller_id: string
    variant_id: string
    product_id: string
    code: string
    gtin: string | null
    short_code: string
    produced_on: string
    expires_on: string | null
    quantity: number
    unit: string
    origin_province_code: string
    origin_ward_code: string
    origin_place: string
    head_seq: number
  }

  export const createLotWorkflow: Workflow<
    {
      seller_id: string
      /** The seller member who opens the lot, or null (the seed). */
      actor_id: string | null
      variant_id: string
      code: string
      gtin?: string | null
      produced_on: string
      expires_on?: string | null
      quantity: number
      unit: string
      origin_ward_code: string
      origin_place: string
    },
    LotRow
  >

  /** Appends ready-made EPCIS events to lots; with a seller, only to that seller's own lots. */
  export const recordTraceEventsWorkflow: Workflow<
    {
      seller_id: string | null
      actor_id: string | null
      source: "app" | "capture" | "seed" | "correction"
      entries: { lot_id: string; event: EpcisEvent }[]
    },
    { id: string; lot_id: string; seq: number; event_id: string; hash: string }[]
  >
}
