import { vietnamToday } from "@choso/ocop-rules"
import { gtinCheckDigit } from "@choso/trace-rules"
import { createElement } from "react"
import { renderToString } from "react-dom/server"
import { createRoutesStub, Outlet } from "react-router"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { TraceTimeline } from "~/components/trace/TraceTimeline"
import { translator } from "~/lib/i18n"
import {
  chainDetail,
  chainTitle,
  epcisFileName,
  shelfLifeOf,
  shelfLifeText,
  stepKey,
  toChainVM,
  toEventVMs,
  toOrderLineLots,
  traceKeyOf,
} from "~/lib/trace"
import type { TraceEventDTO, TraceViewDTO } from "~/lib/trace-types"
import OrderPage, { loader as orderLoader } from "~/routes/order"
import { loader as epcisLoader } from "~/routes/trace/epcis"
import TracePage, { loader as traceLoader } from "~/routes/trace/lot"
import { nbsp, routeArgs, unwrapData } from "./helpers"

const ORIGIN = "http://localhost:5173"
const vi_ = translator("vi")
const en = translator("en")

/** A restricted-circulation GTIN-13 (prefix 20: "mã minh hoạ") with its check digit. */
const GTIN13 = `200123400001${gtinCheckDigit("200123400001")}`
const GTIN14 = `0${GTIN13}`
const WRONG_CHECK = `200123400001${(gtinCheckDigit("200123400001") + 1) % 10}`

function day(offset: number): string {
  return vietnamToday(new Date(Date.now() + offset * 86_400_000))
}

// ── A fake backend: "METHOD /path" → handler; anything else fails loudly ─────

let calls: URL[]
let routes: Record<string, () => Response>

beforeEach(() => {
  calls = []
  routes = {}
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    calls.push(url)
    const handler = routes[`${(init?.method ?? "GET").toUpperCase()} ${url.pathname}`]
    return handler ? handler() : Response.json({ message: `no fake for ${url.pathname}` }, { status: 599 })
  })
  vi.spyOn(console, "error").mockImplementation(() => undefined)
  vi.spyOn(console, "warn").mockImplementation(() => undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
})

const json = (body: unknown, status = 200) => Response.json(body, { status })

function event(seq: number, overrides: Partial<TraceEventDTO> = {}): TraceEventDTO {
  return {
    id: `tev_${seq}`,
    seq,
    event_id: `urn:uuid:${seq}`,
    step: "harvest",
    type: "ObjectEvent",
    event_time: "2026-12-01T00:30:00.000Z",
    place_name: "Ao số 3, ấp Kinh Đứng",
    read_point: null,
    biz_location: null,
    quantity: { value: 120, uom: "KGM" },
    inputs: [],
    photos: [],
    note: null,
    source: "app",
    recorded_at: "2026-12-01T00:31:00.000Z",
    hash: `${seq}`.repeat(64).slice(0, 64),
    prev_hash: "0".repeat(64),
    error_declaration: null,
    corrected: false,
    ...overrides,
  }
}

function traceView(overrides: Partial<TraceViewDTO> = {}): TraceViewDTO {
  return {
    lot: {
      id: "lot_1",
      code: "TOM-2612",
      gtin: GTIN14,
      gtin_illustrative: true,
      short_code: "7K3M9QZ",
      produced_on: day(-10),
      expires_on: day(170),
      quantity: 120,
      unit: "kg",
      origin: {
        province_code: "96",
        province_name: "Tỉnh Cà Mau",
        ward_code: "32002",
        ward_name: "Xã Năm Căn",
        place: "Ao số 3, ấp Kinh Đứng",
      },
      paths: { digital_link: `/01/${GTIN14}/10/TOM-2612`, short: "/t/7K3M9QZ" },
    },
    product: {
      id: "prod_1",
      title: "Tôm khô Năm Căn",
      handle: "tom-kho-nam-can",
      thumbnail: "http://127.0.0.1:9/static/tom-640.webp",
      variant_title: "Túi 500 g",
      brand: "Tôm Đất Mũi",
    },
    producer: {
      id: "sel_1",
      name: "HTX Thuỷ sản Năm Căn",
      handle: "htx-thuy-san-nam-can",
      kind: "cooperative",
      address: { line: "Khóm 2", ward_name: "Xã Năm Căn", province_name: "Tỉnh Cà Mau" },
      phone: "0290 3877 123",
    },
    events: [
      event(1, {
        photos: [{ url: "/static/trace/tev_1.webp", sha256: "ab", thumbnail_url: "/static/trace/tev_1-192.webp" }],
      }),
      event(2, {
        step: "packing",
        event_time: "2026-12-03T02:00:00.000Z",
        note: "Hút chân không",
        photos: [{ url: "/static/trace/tev_2.webp", sha256: "cd" }],
      }),
    ],
    chain: {
      status: "intact",
      count: 2,
      head_hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      key_id: "k-2026",
      signed_at_seq: 2,
      broken: null,
      published: null,
    },
    ...overrides,
  }
}

/** The backend answering for the lot by GTIN and by code, with the product's photo sizes; no certificate. */
function backendWith(view: TraceViewDTO) {
  routes = {
    [`GET /store/trace/lots/by-gtin/${GTIN14}/TOM-2612`]: () => json({ trace: view }),
    "GET /store/trace/lots/by-code/7K3M9QZ": () => json({ trace: view }),
    "GET /store/products": () =>
      json({
        products: [
          {
            id: "prod_1",
            thumbnail: "http://127.0.0.1:9/static/tom-640.webp",
            metadata: {
              image_sizes: {
                "320": "http://127.0.0.1:9/static/tom-320.webp",
                "640": "http://127.0.0.1:9/static/tom-640.webp",
              },
            },
          },
        ],
      }),
    "GET /store/ocop/certificates/by-product/tom-kho-nam-can": () => json({ message: "none" }, 404),
  }
}

// biome-ignore lint/suspicious/noExplicitAny: route components take the loader data of each route
function render(Component: any, path: string, loaderData: unknown, lang: "vi" | "en" = "vi"): string {
  const Stub = createRoutesStub([
    {
      id: "root",
      path: "/",
      Component: () => createElement(Outlet),
      children: [{ id: "page", path: path.replace(/^\//, "").split("?")[0], Component }],
    },
  ])
  const html = renderToString(
    createElement(Stub, {
      initialEntries: [path],
      hydrationData: { loaderData: { root: { lang, cartCount: 0, categories: [] }, page: loaderData } },
    })
  )
  return nbsp(html.replace(/<!-- -->/g, ""))
}

// ── Reading a label's URL ───────────────────────────────────────────────────

describe("a label's URL", () => {
  it("names a lot by a GTIN with a correct check digit (normalised to 14 digits) and a lot code", () => {
    expect(traceKeyOf({ gtin: GTIN13, lot: "TOM-2612" })).toEqual({ kind: "gtin", gtin: GTIN14, lot: "TOM-2612" })
    expect(traceKeyOf({ gtin: GTIN14, lot: "L.1_a" })).toEqual({ kind: "gtin", gtin: GTIN14, lot: "L.1_a" })
  })

  it("names nothing with a wrong check digit, letters in the GTIN, or a lot code outside the pattern", () => {
    expect(traceKeyOf({ gtin: WRONG_CHECK, lot: "TOM-2612" })).toBeNull()
    expect(traceKeyOf({ gtin: "89312345abcde", lot: "TOM-2612" })).toBeNull()
    expect(traceKeyOf({ gtin: GTIN13, lot: "TÔM 26" })).toBeNull()
    expect(traceKeyOf({ gtin: GTIN13, lot: "A".repeat(21) })).toBeNull()
  })

  it("reads a short code in either case, and refuses I, L, O, U and other lengths", () => {
    expect(traceKeyOf({ code: "7k3m9qz" })).toEqual({ kind: "code", code: "7K3M9QZ" })
    expect(traceKeyOf({ code: "7K3M9QI" })).toBeNull()
    expect(traceKeyOf({ code: "7K3M9Q" })).toBeNull()
  })

  it("names the export after the lot", () => {
    expect(epcisFileName({ kind: "gtin", gtin: GTIN14, lot: "TOM-2612" })).toBe(
      `truy-xuat-${GTIN14}-TOM-2612.epcis.json`
    )
    expect(epcisFileName({ kind: "code", code: "7K3M9QZ" })).toBe("truy-xuat-7K3M9QZ.epcis.json")
  })
})

// ── Shelf life, steps and the chain in words ─────────────────────────────────

describe("the shelf life", () => {
  it("counts Vietnam days left, the last day, and days since expiry", () => {
    expect(shelfLifeOf("2026-12-01", "2027-05-30", "2026-12-10")).toEqual({ kind: "left", days: 171, totalDays: 180 })
    expect(shelfLifeOf("2026-12-01", "2027-05-30", "2027-05-30")).toEqual({ kind: "today", totalDays: 180 })
    expect(shelfLifeOf("2026-12-01", "2027-05-30", "2027-06-02")).toEqual({
      kind: "expired",
      daysAgo: 3,
      totalDays: 180,
    })
    expect(shelfLifeOf("2026-12-01", null, "2027-06-02")).toEqual({ kind: "none" })
  })

  it("is said in the visitor's language, the expired case as a warning", () => {
    expect(shelfLifeText(vi_, { kind: "left", days: 171, totalDays: 180 })).toBe("Còn 171 ngày")
    expect(shelfLifeText(en, { kind: "left", days: 171, totalDays: 180 })).toBe("171 days left")
    expect(shelfLifeText(vi_, { kind: "expired", daysAgo: 3, totalDays: 180 })).toBe(
      "Đã hết hạn 3 ngày, không nên sử dụng"
    )
    expect(shelfLifeText(vi_, { kind: "none" })).toBe("Không ghi hạn sử dụng")
  })
})

describe("step names", () => {
  it("are translated, with a plain 'Sự kiện' for an event no step names", () => {
    expect(vi_(stepKey("harvest"))).toBe("Thu hoạch")
    expect(en(stepKey("inspecting"))).toBe("Quality inspection")
    expect(vi_(stepKey(null))).toBe("Sự kiện")
  })
})

describe("the chain status", () => {
  const events = [event(1), event(2, { step: "packing", event_time: "2026-12-03T02:00:00.000Z" })]

  it("is 'Dữ liệu toàn vẹn' with the count when intact", () => {
    const chain = toChainVM(traceView().chain, events)
    expect(chain).toMatchObject({ status: "intact", count: 2, keyId: "k-2026" })
    expect(chainTitle(vi_, chain)).toBe("Dữ liệu toàn vẹn")
    expect(chainDetail(vi_, "vi", chain)).toContain("2 sự kiện")
  })

  it("names the event where it breaks (seq, step, Vietnam time) and why, in words", () => {
    const chain = toChainVM(
      { ...traceView().chain, status: "broken", broken: { seq: 2, event_id: "urn:uuid:2", reason: "hash" } },
      events
    )
    expect(chainTitle(vi_, chain)).toBe("Cảnh báo: dữ liệu truy xuất đã bị thay đổi")
    const detail = nbsp(chainDetail(vi_, "vi", chain))
    expect(detail).toContain("sự kiện #2 (Đóng gói, ")
    // 02:00 UTC is 09:00 in Vietnam.
    expect(detail).toMatch(/09:00/)
    expect(detail).toContain("03/12/2026")
    expect(detail).toContain("nội dung sự kiện đã bị sửa sau khi ghi")
    expect(nbsp(chainDetail(en, "en", chain))).toContain("event #2 (Packing, ")
  })

  it("is broken even when the backend's status is unknown, and a head problem names its position", () => {
    const chain = toChainVM(
      { ...traceView().chain, status: "broken", broken: { seq: 3, event_id: null, reason: "head" } },
      events
    )
    expect(chainDetail(vi_, "vi", chain)).toBe(
      "Chuỗi bị đứt tại vị trí #3: chuỗi không kết thúc ở đầu chuỗi đã ký (có sự kiện bị xoá hoặc thêm vào cuối)."
    )
    // An "intact" chain without a head hash is not taken at its word.
    expect(toChainVM({ ...traceView().chain, head_hash: null }, events).status).toBe("broken")
  })
})

describe("the timeline", () => {
  it("strikes a corrected event through and puts its correction right after it", () => {
    const events = [
      event(1),
      event(2, { step: "packing", corrected: true }),
      event(3, { step: "storing" }),
      event(4, {
        step: "packing",
        event_id: "urn:uuid:2",
        error_declaration: {
          reason: "incorrect_data",
          declaration_time: "2026-12-04T01:00:00.000Z",
          corrective_event_ids: ["urn:uuid:5"],
        },
      }),
      event(5, { step: "packing", quantity: { value: 118, uom: "KGM" } }),
    ]
    const shown = toEventVMs(events, "http://127.0.0.1:9")
    expect(shown.map((e) => e.seq)).toEqual([1, 2, 5, 3])
    expect(shown[1]?.corrected).toEqual({ reason: "incorrect_data", at: "2026-12-04T01:00:00.000Z" })
    expect(shown[2]).toMatchObject({ corrective: true, corrected: null, quantity: 118 })
    expect(shown[0]?.corrected).toBeNull()
    const html = render(() => createElement(TraceTimeline, { events: shown, unit: "kg" }), "/", {})
    expect(html).toContain("<del>Đóng gói</del>")
    expect(html).toContain("Đã đính chính: dữ liệu ghi sai")
    expect(html).toContain("Bản đính chính")
    expect(html.indexOf("Bản đính chính")).toBeLessThan(html.indexOf("Lưu kho"))
    expect(html).toContain("118 kg")
  })
})

describe("the order's lots", () => {
  it("keeps lots by line item, leaving out a path that is not one of this site's trace pages", () => {
    const lots = toOrderLineLots({
      lines: [
        {
          line_item_id: "ordli_1",
          lots: [
            { id: "lot_1", code: "TOM-2612", quantity: 1, path: `/01/${GTIN14}/10/TOM-2612?17=270530` },
            { id: "lot_2", code: "TOM-2613", quantity: 2, path: "/t/7K3M9QZ" },
            { id: "lot_3", code: "X", quantity: 1, path: "https://evil.example/t/7K3M9QZ" },
          ],
        },
        { line_item_id: "ordli_2", lots: [] },
      ],
    })
    expect(lots).toEqual({
      ordli_1: [
        { code: "TOM-2612", quantity: 1, path: `/01/${GTIN14}/10/TOM-2612` },
        { code: "TOM-2613", quantity: 2, path: "/t/7K3M9QZ" },
      ],
    })
  })
})

// ── The page ─────────────────────────────────────────────────────────────────

describe("the trace page", () => {
  it("is a 404 in the visitor's language for a malformed GTIN or code, without asking the backend", async () => {
    const bad = await traceLoader(
      routeArgs(new Request(`${ORIGIN}/01/${WRONG_CHECK}/10/TOM-2612`), { gtin: WRONG_CHECK, lot: "TOM-2612" })
    )
    const { value, status } = unwrapData(bad)
    expect(status).toBe(404)
    expect(value).toMatchObject({ found: false, title: "Không tìm thấy lô hàng" })
    await traceLoader(routeArgs(new Request(`${ORIGIN}/t/OOOOOOO`), { code: "OOOOOOO" }))
    expect(calls).toEqual([])
  })

  it("is a 404 page (not an error) for a lot the backend does not know", async () => {
    routes = { "GET /store/trace/lots/by-code/7K3M9QZ": () => json({ type: "not_found", message: "no lot" }, 404) }
    const { value, status } = unwrapData(
      await traceLoader(routeArgs(new Request(`${ORIGIN}/t/7K3M9QZ`), { code: "7K3M9QZ" }))
    )
    expect(status).toBe(404)
    const html = render(TracePage, "/t/7K3M9QZ", value)
    expect(html).toContain("Không tìm thấy lô hàng")
    expect(html).toContain("Mã 7K3M9QZ không khớp với lô hàng nào")
  })

  it("asks by GTIN-14 and lot for the Digital Link (with /21/ and ?17= ignored), cached briefly", async () => {
    backendWith(traceView())
    const request = new Request(`${ORIGIN}/01/${GTIN13}/10/TOM-2612/21/SN-1?17=270530`)
    const result = await traceLoader(routeArgs(request, { gtin: GTIN13, lot: "TOM-2612", serial: "SN-1" }))
    expect(calls[0]?.pathname).toBe(`/store/trace/lots/by-gtin/${GTIN14}/TOM-2612`)
    const init = (result as unknown as { init: ResponseInit }).init
    const cacheControl = new Headers(init.headers).get("Cache-Control") ?? ""
    expect(cacheControl).toMatch(/max-age=30\b/)
    // Stale at most a minute in all: a tampered chain shows within a minute.
    const swr = Number(/stale-while-revalidate=(\d+)/.exec(cacheControl)?.[1] ?? 0)
    expect(30 + swr).toBeLessThanOrEqual(60)
  })

  it("shows product, brand, producer, origin, dates, codes, the timeline and 'Dữ liệu toàn vẹn'", async () => {
    backendWith(traceView())
    const { value } = unwrapData(await traceLoader(routeArgs(new Request(`${ORIGIN}/t/7K3M9QZ`), { code: "7K3M9QZ" })))
    const html = render(TracePage, "/t/7K3M9QZ", value)
    expect(html).toContain("<h1")
    expect(html).toContain("Tôm khô Năm Căn")
    expect(html).toContain("Tôm Đất Mũi")
    expect(html).toContain("HTX Thuỷ sản Năm Căn")
    expect(html).toContain("Khóm 2, Xã Năm Căn, Tỉnh Cà Mau")
    expect(html).toContain('href="/cua-hang/htx-thuy-san-nam-can"')
    expect(html).toContain("Ao số 3, ấp Kinh Đứng, Xã Năm Căn, Tỉnh Cà Mau")
    expect(html).toContain(`<time dateTime="${day(-10)}">`)
    expect(html).toContain("Còn 170 ngày")
    expect(html).toContain(GTIN14)
    expect(html).toContain("(mã minh hoạ)")
    expect(html).toContain("Thu hoạch")
    expect(html).toContain("Đóng gói")
    expect(html).toContain("Hút chân không")
    expect(html).toContain("Dữ liệu toàn vẹn")
    expect(html).toContain("9f86d081884c…")
    expect(html).toContain("k-2026")
    // The small photo from the catalogue's sizes, and the event photos lazy, as thumbnails (the photo
    // itself for one stored without), opening full size.
    expect(html).toContain("http://127.0.0.1:9/static/tom-320.webp 320w")
    expect(html).toMatch(
      /<a href="http:\/\/127\.0\.0\.1:9\/static\/trace\/tev_1\.webp"><img src="http:\/\/127\.0\.0\.1:9\/static\/trace\/tev_1-192\.webp" alt="Ảnh 1 của công đoạn Thu hoạch" width="88" height="88" loading="lazy"/
    )
    expect(html).toMatch(
      /<a href="http:\/\/127\.0\.0\.1:9\/static\/trace\/tev_2\.webp"><img src="http:\/\/127\.0\.0\.1:9\/static\/trace\/tev_2\.webp" alt="Ảnh 1 của công đoạn Đóng gói"/
    )
    expect(html).toContain('href="/t/7K3M9QZ/epcis.json"')
    expect(html).toContain("Tải dữ liệu EPCIS 2.0 (JSON-LD)")
    expect(html).not.toContain('role="alert"')
  })

  it("gives each step's quantity in its own unit: the harvest in kg for a lot sold by the bottle", async () => {
    const view = traceView()
    backendWith({
      ...view,
      lot: { ...view.lot, quantity: 357, unit: "chai" },
      events: [
        event(1, { quantity: { value: 186, uom: "KGM" } }),
        event(2, { step: "packing", quantity: { value: 357, uom: null } }),
      ],
    })
    const { value } = unwrapData(await traceLoader(routeArgs(new Request(`${ORIGIN}/t/7K3M9QZ`), { code: "7K3M9QZ" })))
    const html = render(TracePage, "/t/7K3M9QZ", value)
    expect(html).toContain("<dd>186 kg</dd>")
    expect(html).toContain("<dd>357 chai</dd>")
    expect(html).not.toContain("186 chai")
  })

  it("warns prominently, naming the event, when the chain is broken — in English for an English visitor", async () => {
    const view = traceView({
      chain: {
        ...traceView().chain,
        status: "broken",
        broken: { seq: 1, event_id: "urn:uuid:1", reason: "hash" },
      },
    })
    backendWith(view)
    const { value } = unwrapData(await traceLoader(routeArgs(new Request(`${ORIGIN}/t/7K3M9QZ`), { code: "7K3M9QZ" })))
    const vi = render(TracePage, "/t/7K3M9QZ", value)
    expect(vi).toContain('role="alert"')
    expect(vi).toContain("Cảnh báo: dữ liệu truy xuất đã bị thay đổi")
    expect(vi).toContain("Chuỗi bị đứt tại sự kiện #1 (Thu hoạch, ")
    expect(vi).not.toContain("Dữ liệu toàn vẹn")
    // The timeline marks that event, and only it.
    expect(vi.match(/Chuỗi bị đứt tại sự kiện này/g)).toHaveLength(1)
    const marker = vi.indexOf("Chuỗi bị đứt tại sự kiện này")
    expect(marker).toBeGreaterThan(vi.indexOf('id="su-kien-1"'))
    expect(marker).toBeLessThan(vi.indexOf('id="su-kien-2"'))
    const english = render(TracePage, "/t/7K3M9QZ", value, "en")
    expect(english).toContain("Warning: the trace data has been altered")
    expect(english).toContain("The chain breaks at event #1 (Harvest, ")
  })
})

describe("the EPCIS export", () => {
  it("proxies the backend's document as a JSON-LD download named after the lot", async () => {
    backendWith(traceView())
    const document = { type: "EPCISDocument", schemaVersion: "2.0", epcisBody: { eventList: [] } }
    routes["GET /store/trace/lots/lot_1/epcis"] = () =>
      new Response(JSON.stringify(document), { headers: { "content-type": "application/ld+json" } })
    const response = (await epcisLoader(
      routeArgs(new Request(`${ORIGIN}/01/${GTIN14}/10/TOM-2612/epcis.json`), { gtin: GTIN14, lot: "TOM-2612" })
    )) as Response
    expect(response.status).toBe(200)
    expect(response.headers.get("Content-Type")).toContain("application/ld+json")
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="truy-xuat-${GTIN14}-TOM-2612.epcis.json"`
    )
    expect(await response.json()).toEqual(document)
  })

  it("is a 404 for an unknown lot", async () => {
    routes = { "GET /store/trace/lots/by-code/7K3M9QZ": () => json({ message: "no lot" }, 404) }
    const response = (await epcisLoader(
      routeArgs(new Request(`${ORIGIN}/t/7K3M9QZ/epcis.json`), { code: "7K3M9QZ" })
    )) as Response
    expect(response.status).toBe(404)
  })
})

describe("the order page's lot links", () => {
  const ORDER_ID = "order_01TRACE"
  const storeOrder = {
    id: ORDER_ID,
    display_id: 42,
    created_at: "2026-12-05T03:00:00.000Z",
    items: [
      {
        id: "ordli_1",
        title: "Tôm khô Năm Căn",
        variant_title: "Túi 500 g",
        quantity: 3,
        unit_price: 250000,
        total: 750000,
      },
      { id: "ordli_2", title: "Mật ong tràm", variant_title: null, quantity: 1, unit_price: 180000, total: 180000 },
    ],
    item_total: 930000,
    shipping_total: 20000,
    tax_total: 0,
    total: 950000,
    payment_collections: [],
  }
  const orderRequest = () => routeArgs(new Request(`${ORIGIN}/don-hang/${ORDER_ID}`), { id: ORDER_ID })

  it("links each line to its lots (quantities when several), nothing under a line without one", async () => {
    routes = {
      [`GET /store/orders/${ORDER_ID}`]: () => json({ order: storeOrder }),
      [`GET /store/trace/orders/${ORDER_ID}/lots`]: () =>
        json({
          lines: [
            {
              line_item_id: "ordli_1",
              lots: [
                { id: "lot_1", code: "TOM-2612", quantity: 2, path: `/01/${GTIN14}/10/TOM-2612` },
                { id: "lot_2", code: "TOM-2613", quantity: 1, path: "/t/7K3M9QZ" },
              ],
            },
            { line_item_id: "ordli_2", lots: [] },
          ],
        }),
    }
    const data = await orderLoader(orderRequest())
    const html = render(OrderPage, `/don-hang/${ORDER_ID}`, data)
    expect(html).toContain(`<a href="/01/${GTIN14}/10/TOM-2612"`)
    expect(html).toContain("Truy xuất lô TOM-2612 (2 sản phẩm)")
    expect(html).toContain("Truy xuất lô TOM-2613 (1 sản phẩm)")
    expect(html.match(/order-line-lots/g)).toHaveLength(1)
    expect(html).not.toContain("Lô hàng sẽ hiển thị khi đơn được đóng gói")
  })

  it("says lots will come when none is assigned, and shows the order when the lookup fails", async () => {
    routes = {
      [`GET /store/orders/${ORDER_ID}`]: () => json({ order: storeOrder }),
      [`GET /store/trace/orders/${ORDER_ID}/lots`]: () => json({ lines: [] }),
    }
    const pending = render(OrderPage, `/don-hang/${ORDER_ID}`, await orderLoader(orderRequest()))
    expect(pending).toContain("Lô hàng sẽ hiển thị khi đơn được đóng gói.")

    routes[`GET /store/trace/orders/${ORDER_ID}/lots`] = () => json({ message: "boom" }, 500)
    const failed = await orderLoader(orderRequest())
    expect(failed.lots).toBeNull()
    const html = render(OrderPage, `/don-hang/${ORDER_ID}`, failed)
    expect(html).toContain("Tôm khô Năm Căn")
    expect(html).not.toContain("Truy xuất lô")
    expect(html).not.toContain("Lô hàng sẽ hiển thị")
  })
})
