import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ENGLISH_LOCALE = "en-US"

export interface EnglishText {
  reference: "product" | "product_variant"
  reference_id: string
  translations: Record<string, string | null>
}

/** A seller's English title and description (Medusa's Translation module); compensation restores. */
export const upsertEnglishStep = createStep(
  "upsert-english",
  async (texts: EnglishText[], { container }) => {
    const translation = container.resolve(Modules.TRANSLATION)
    const wanted = texts
      .map((t) => ({ ...t, translations: Object.fromEntries(Object.entries(t.translations).filter(([, v]) => !!v)) }))
      .filter((t) => Object.keys(t.translations).length > 0)
    if (!wanted.length) return new StepResponse(undefined, { created: [] as string[], updated: [] })
    const existing = await translation.listTranslations({
      reference_id: wanted.map((t) => t.reference_id),
      locale_code: ENGLISH_LOCALE,
    })
    const byRef = new Map(existing.map((e) => [`${e.reference}:${e.reference_id}`, e]))
    const updates = wanted.filter((t) => byRef.has(`${t.reference}:${t.reference_id}`))
    const creates = wanted.filter((t) => !byRef.has(`${t.reference}:${t.reference_id}`))
    const previous = updates.map((t) => {
      const row = byRef.get(`${t.reference}:${t.reference_id}`)!
      return { id: row.id, translations: row.translations as Record<string, unknown> }
    })
    if (updates.length) {
      await translation.updateTranslations(
        previous.map((p, i) => ({ id: p.id, translations: updates[i].translations }))
      )
    }
    const created = creates.length
      ? await translation.createTranslations(creates.map((t) => ({ ...t, locale_code: ENGLISH_LOCALE })))
      : []
    return new StepResponse(undefined, { created: created.map((c) => c.id), updated: previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const translation = container.resolve(Modules.TRANSLATION)
    if (previous.updated.length) await translation.updateTranslations(previous.updated)
    if (previous.created.length) await translation.deleteTranslations(previous.created)
  }
)
