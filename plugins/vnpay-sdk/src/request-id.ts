import { randomBytes } from "node:crypto"

/** A new vnp_RequestId: 32 lowercase hex characters (VNPay allows at most 32). */
export function newRequestId(): string {
  return randomBytes(16).toString("hex")
}
