import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const CAPTURE_MAX_BYTES = 2 * 1024 * 1024
const JSON_TYPES = /^application\/(ld\+)?json\b/i

/**
 * The capture body: an EPCISDocument sent as application/json or application/ld+json (which
 * Medusa's parser ignores), up to 2 MB.
 */
export function epcisBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const invalid = (message: string) => next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  if (!JSON_TYPES.test(String(req.headers["content-type"] ?? ""))) {
    return invalid("Gửi tài liệu EPCIS dạng application/json hoặc application/ld+json (JSON body expected).")
  }
  const chunks: Buffer[] = []
  let size = 0
  let done = false
  req.on("data", (chunk: Buffer) => {
    if (done) return
    size += chunk.length
    if (size > CAPTURE_MAX_BYTES) {
      done = true
      req.resume()
      return invalid("Tài liệu EPCIS quá lớn: tối đa 2 MB (document larger than 2 MB).")
    }
    chunks.push(chunk)
  })
  req.on("end", () => {
    if (done) return
    done = true
    try {
      ;(req as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString("utf8"))
      next()
    } catch {
      invalid("Tài liệu EPCIS không phải JSON hợp lệ (not valid JSON).")
    }
  })
  req.on("error", (error) => {
    if (done) return
    done = true
    next(error)
  })
}
