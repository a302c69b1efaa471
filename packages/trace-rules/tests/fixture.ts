// A realistic lot and its chain: a coffee lot from Đắk Lắk, harvested, processed from two
// inputs, packed, inspected (then corrected: the first inspection's data was wrong), stored,
// shipped and received. Shared by the chain and EPCIS tests.
import { type ChainEntry, chainEntry, loadSigningKey, signHead } from "../chain.mjs"
import { buildTraceEvent, errorDeclarationOf } from "../epcis.mjs"
import type { EpcisEvent } from "../index.js"
import { lotEpcClass, wardLocationId } from "../index.mjs"

// RFC 8032 §7.1 test 1 secret key: a fixed, public, test-only seed.
export const TEST_SEED_HEX = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
export const TEST_PUBLIC_HEX = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
export const key = loadSigningKey(Buffer.from(TEST_SEED_HEX, "hex").toString("base64"))

export const LOT_ID = "lot_01JDX3K4M5N6P7Q8R9S0T1V2W3"
// Restricted-circulation GTIN (prefix 20): demo numbers only.
export const lot = { gtin: "02012345000018", code: "CF-2025.03", short_code: "7K3M9QX", expires_on: "2026-03-31" }
export const epcClass = lotEpcClass(lot)
const ward = wardLocationId("24175")
const photo = (n: number) => ({
  url: `https://choso.vn/static/trace/${LOT_ID}/${n}.webp`,
  sha256: `${n}`.repeat(64).slice(0, 64),
  mime_type: "image/webp",
})

export function traceEvents(): EpcisEvent[] {
  const at = (day: number, hour: number) =>
    `2025-03-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:15:00+07:00`
  return [
    buildTraceEvent({
      step: "harvest",
      lot: { epcClass },
      eventTime: at(1, 6),
      quantity: { value: 1250.5, uom: "KGM" },
      readPoint: ward,
      bizLocation: ward,
      placeName: "Vườn cà phê ông Y Bhin, Ea Tu",
      note: "Hái chín 95%",
      photos: [photo(1), photo(2)],
    }),
    buildTraceEvent({
      step: "processing",
      lot: { epcClass },
      eventTime: at(3, 9),
      quantity: { value: 250, uom: "KGM" },
      inputs: [
        { epcClass: "https://choso.vn/t/4D5E6F7", quantity: 800, uom: "KGM" },
        { epcClass: "https://id.gs1.org/01/02012345000025/10/CF-2025.02", quantity: 450.5, uom: "KGM" },
      ],
      readPoint: ward,
      placeName: "Xưởng rang xay HTX Ea Tu",
      photos: [photo(3)],
    }),
    buildTraceEvent({
      step: "packing",
      lot: { epcClass },
      eventTime: at(4, 8),
      quantity: { value: 500 },
      bizLocation: ward,
    }),
    buildTraceEvent({
      step: "inspecting",
      lot: { epcClass },
      eventTime: at(4, 14),
      readPoint: ward,
      note: "Độ ẩm 12%",
      photos: [photo(4)],
    }),
    buildTraceEvent({ step: "storing", lot: { epcClass }, eventTime: at(5, 7), bizLocation: ward }),
    buildTraceEvent({
      step: "shipping",
      lot: { epcClass },
      eventTime: at(6, 7),
      quantity: { value: 120 },
      readPoint: "geo:12.6797,108.0382",
    }),
    buildTraceEvent({
      step: "receiving",
      lot: { epcClass },
      eventTime: at(7, 16),
      quantity: { value: 120 },
      readPoint: wardLocationId("26734"),
      placeName: "Kho Chợ Số Thủ Đức",
    }),
  ]
}

/** The entries as the plugin stores them, the head and its signature. */
export function buildChain() {
  const events = traceEvents()
  const inspecting = events[3]
  const corrective = buildTraceEvent({
    step: "inspecting",
    lot: { epcClass },
    eventTime: "2025-03-04T14:15:00+07:00",
    readPoint: ward,
    note: "Độ ẩm 11,5% (đo lại)",
    photos: [photo(5)],
  })
  const declaration = errorDeclarationOf(inspecting, {
    declarationTime: "2025-03-08T10:00:00+07:00",
    reason: "incorrect_data",
    correctiveEventIDs: [corrective.eventID],
  })
  const stored: { event: EpcisEvent; source: ChainEntry["source"]; recorded_by: string | null }[] = [
    ...events.map((event) => ({ event, source: "app" as const, recorded_by: "user_01SELLER" })),
    { event: declaration, source: "correction", recorded_by: "user_01SELLER" },
    { event: corrective, source: "correction", recorded_by: null },
  ]
  const entries: ChainEntry[] = []
  for (const [i, s] of stored.entries()) {
    entries.push(
      chainEntry(entries.at(-1) ?? null, {
        id: `tev_${String(i + 1).padStart(2, "0")}ABCDEFGHJKMNPQRSTV`,
        lot_id: LOT_ID,
        event: s.event,
        recorded_at: new Date(Date.UTC(2025, 2, 8, 3, i, 7, 123)).toISOString(),
        recorded_by: s.recorded_by,
        source: s.source,
      })
    )
  }
  const last = entries[entries.length - 1]
  const head = {
    seq: last.seq,
    hash: last.hash,
    signature: signHead({ lot_id: LOT_ID, seq: last.seq, hash: last.hash }, key),
    key_id: key.keyId,
  }
  return { entries, head, publicKeys: { [key.keyId]: key.publicKey } }
}
