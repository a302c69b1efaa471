import { digestOfHeads } from "@choso/trace-rules/chain"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { traceOf } from "../../lib/load"

export interface PublishedDigest {
  day: string
  count: number
  root: string
  signature: string
  key_id: string
  heads: { lot_id: string; seq: number; hash: string }[]
  created: boolean
}

/** Signs every lot's current head for `day` once; a second run for the day returns the first digest. */
export const publishDigestStep = createStep(
  "publish-trace-digest",
  async (input: { day: string }, { container }) => {
    const trace = traceOf(container)
    const existing = await trace.digestOf(input.day)
    if (existing) return new StepResponse<PublishedDigest, string | null>({ ...existing, created: false }, null)
    const heads = await trace.currentHeads()
    const digest = digestOfHeads(input.day, heads, trace.settings().key)
    const inserted = await trace.insertDigest({ ...digest, heads })
    const stored = inserted ?? (await trace.digestOf(input.day))
    if (!stored) throw new Error(`trace digest for ${input.day} was neither inserted nor found`)
    return new StepResponse<PublishedDigest, string | null>(
      { ...stored, created: !!inserted },
      inserted ? stored.day : null
    )
  },
  async (day: string | null | undefined, { container }) => {
    if (day) await traceOf(container).removeDigest(day)
  }
)
