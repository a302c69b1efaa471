import type { MedusaResponse } from "@medusajs/framework/http"
import { PhotoRefusedError } from "../../lib/photos"
import { SELLER_ERRORS } from "../../lib/seller-codes"

/** Runs the photo checks; a refused file becomes a 400 that says why (nothing was stored). */
export async function orRefusePhoto<T>(res: MedusaResponse, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof PhotoRefusedError) {
      res
        .status(400)
        .json({ type: "invalid_data", code: SELLER_ERRORS.photo, reason: error.reason, message: error.message })
      return undefined
    }
    throw error
  }
}
