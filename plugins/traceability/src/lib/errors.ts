import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export interface Problem {
  field: string
  code: string
  message: string
}

export interface EpcisError {
  path: string
  message: string
}

/**
 * A 400 that carries its details (`problems` per field, or EPCIS `errors` per path). The details
 * are own properties, so they survive the workflow engine's error serialization.
 */
export function refusal(message: string, details: { problems?: Problem[]; errors?: EpcisError[] }): MedusaError {
  return Object.assign(new MedusaError(MedusaError.Types.INVALID_DATA, message), details)
}

export const notFound = (message = "Không tìm thấy lô hàng (lot not found).") =>
  new MedusaError(MedusaError.Types.NOT_FOUND, message)

/** Answers a refusal with its details; anything else goes on to Medusa's error handler. */
export async function answeringRefusals(res: MedusaResponse, run: () => Promise<void>): Promise<void> {
  try {
    await run()
  } catch (error) {
    const e = error as { message?: string; type?: string; problems?: unknown; errors?: unknown }
    if (e?.type === MedusaError.Types.INVALID_DATA && (Array.isArray(e.problems) || Array.isArray(e.errors))) {
      res.status(400).json({
        type: "invalid_data",
        message: e.message,
        ...(Array.isArray(e.problems) ? { problems: e.problems } : {}),
        ...(Array.isArray(e.errors) ? { errors: e.errors } : {}),
      })
      return
    }
    throw error
  }
}
