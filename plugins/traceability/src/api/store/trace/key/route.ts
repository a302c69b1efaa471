import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { traceOf } from "../../../../lib/load"

/** The public keys chain heads and digests are signed with (the current one and rotated-out ones). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { key, previous } = traceOf(req.scope).settings()
  res.json({
    key_id: key.keyId,
    public_key: key.publicKeyBase64,
    algorithm: "Ed25519",
    previous: previous.map((p) => ({ key_id: p.key_id, public_key: p.public_key })),
  })
}
