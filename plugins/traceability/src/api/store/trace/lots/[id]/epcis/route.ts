import { epcisDocument } from "@choso/trace-rules/epcis"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound } from "../../../../../../lib/errors"
import { traceOf } from "../../../../../../lib/load"

/**
 * The lot's chain as an EPCIS 2.0 document: every entry in seq order (declarations included), each
 * with its place in the chain so anyone can recompute it.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const trace = traceOf(req.scope)
  const lot = await trace.findLot({ id: req.params.id })
  if (!lot) throw notFound()
  const entries = await trace.entriesOf([lot.id])
  const document = epcisDocument(
    entries.map((entry) => ({
      ...entry.event,
      "choso:seq": Number(entry.seq),
      "choso:prevHash": entry.prev_hash,
      "choso:hash": entry.hash,
    })),
    { creationDate: new Date().toISOString() }
  )
  res.setHeader("content-type", "application/ld+json; charset=utf-8")
  res.send(JSON.stringify(document))
}
