import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { sellerCookie } from "~/lib/cookies.server"
import type { LotSummaryDTO } from "~/lib/seller-trace-types"
import { action as eventAction, loader as eventLoader } from "~/routes/seller/lots/event"
import { loader as labelsLoader } from "~/routes/seller/lots/labels"
import { fakeToken, routeArgs, unwrapData } from "./helpers"

const ORIGIN = "http://localhost:5173"
const TOKEN = fakeToken({
  actor_id: "selmem_1",
  auth_identity_id: "authid_1",
  exp: Math.floor(Date.now() / 1000) + 3600,
})

function lot(overrides: Partial<LotSummaryDTO> = {}): LotSummaryDTO {
  return {
    id: "lot_1",
    code: "L260605",
    gtin: "02001234567893",
    gtin_illustrative: true,
    short_code: "K7M2Q9X",
    produced_on: "2026-06-05",
    expires_on: "2027-06-05",
    quantity: 120,
    unit: "kg",
    origin: { province_code: "96", ward_code: "32047", place: "Ấp 7" },
    product: { id: "prod_1", title: "Mật ong rừng tràm U Minh Hạ", handle: "mat-ong", thumbnail: null },
    variant: { id: "variant_1", title: "500 g" },
    event_count: 0,
    last_event: null,
    paths: { digital_link: "/01/02001234567893/10/L260605?17=270605", short: "/t/K7M2Q9X" },
    ...overrides,
  }
}

let backend: Record<string, (init: RequestInit | undefined) => Response>
let sent: { path: string; init: RequestInit | undefined }[]

beforeEach(() => {
  backend = {}
  sent = []
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const key = `${(init?.method ?? "GET").toUpperCase()} ${url.pathname}`
    sent.push({ path: key, init })
    return backend[key]?.(init) ?? Response.json({ message: `no fake for ${key}` }, { status: 599 })
  })
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

async function sellerRequest(url: string, init: RequestInit = {}): Promise<Request> {
  const headers = new Headers(init.headers)
  headers.set("Cookie", (await sellerCookie.serialize(TOKEN)).split(";")[0] ?? "")
  return new Request(url, { ...init, headers })
}

function serveLot(summary: LotSummaryDTO) {
  backend[`GET /vendor/trace/lots/${summary.id}`] = () =>
    Response.json({ lot: summary, events: [], chain: { status: "empty", count: 0 } })
  backend["GET /vendor/me"] = () =>
    Response.json({ member: { role: "owner" }, seller: { name: "HTX Ong Mật Tràm Xanh" } })
}

// biome-ignore lint/suspicious/noExplicitAny: the loader's union narrowed by the test
async function labels(search: string, id = "lot_1"): Promise<any> {
  const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/lo-hang/${id}/tem${search}`)
  return labelsLoader(routeArgs(request, { id }) as never)
}

describe("the label sheet's loader", () => {
  it("prints the Digital Link on medium labels of a lot with a GTIN, under the public storefront URL", async () => {
    vi.stubEnv("PUBLIC_STOREFRONT_URL", "https://choso.vn/")
    serveLot(lot())
    const data = await labels("?size=medium&count=22")
    expect(data.sheet.uri).toBe("https://choso.vn/01/02001234567893/10/L260605?17=270605")
    expect(data.sheet.sheets.map((s: unknown[]) => s.length)).toEqual([21, 1])
    expect(data.sheet.content).toMatchObject({ lot: "Lô: L260605", producer: "HTX Ong Mật Tràm Xanh" })
    expect(data.sheet.content.dates).toBe("NSX: 05/06/2026 · HSD: 05/06/2027")
  })

  it("prints the short link on small labels, and on every size for a lot without a GTIN", async () => {
    serveLot(lot())
    expect((await labels("?size=small&count=1")).sheet.uri).toBe(`${ORIGIN}/t/K7M2Q9X`)
    serveLot(lot({ gtin: null, paths: { digital_link: null, short: "/t/K7M2Q9X" } }))
    expect((await labels("?size=large&count=1")).sheet.uri).toBe(`${ORIGIN}/t/K7M2Q9X`)
  })

  it("makes no sheet for a count outside 1–650 and says so", async () => {
    serveLot(lot())
    for (const count of ["0", "651"]) {
      const data = await labels(`?size=medium&count=${count}`)
      expect(data.sheet).toBeNull()
      expect(data.countError).toBe(true)
    }
    expect((await labels("")).countError).toBe(false)
  })

  it("is the channel's 404 for a lot that is not the seller's", async () => {
    backend["GET /vendor/trace/lots/lot_other"] = () => Response.json({ message: "Không tìm thấy lô" }, { status: 404 })
    backend["GET /vendor/me"] = () => Response.json({ member: { role: "owner" }, seller: { name: "x" } })
    await expect(labels("?size=medium&count=1", "lot_other")).rejects.toMatchObject({ init: { status: 404 } })
  })
})

describe("recording a step", () => {
  function stepForm(fields: Record<string, string>, photos: File[] = []): FormData {
    const form = new FormData()
    for (const [k, v] of Object.entries(fields)) form.set(k, v)
    for (const photo of photos) form.append("photos", photo)
    form.append("photos", new File([], "", { type: "application/octet-stream" }))
    return form
  }

  it("forwards the step and the photo as multipart and goes back to the lot", async () => {
    let forwarded: FormData | null = null
    backend["POST /vendor/trace/lots/lot_1/events"] = (init) => {
      forwarded = init?.body as FormData
      return Response.json({ event: { id: "tev_1" } }, { status: 201 })
    }
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], "thu-hoach.jpg", { type: "image/jpeg" })
    const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/lo-hang/lot_1/su-kien`, {
      method: "POST",
      body: stepForm({ step: "harvest", event_time: "2026-06-05T07:30", place_name: "Ấp 7", quantity: "120" }, [photo]),
    })
    const response = (await eventAction(routeArgs(request, { id: "lot_1" }) as never)) as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe("/kenh-nguoi-ban/lo-hang/lot_1?notice=recorded")
    const body = forwarded as FormData | null
    expect(body?.get("step")).toBe("harvest")
    expect(body?.get("event_time")).toBe("2026-06-05T07:30:00+07:00")
    expect(body?.getAll("photos")).toHaveLength(1)
    expect((body?.get("photos") as File | undefined)?.name).toBe("thu-hoach.jpg")
  })

  it("shows the backend's refusal and sends nothing when the form is wrong", async () => {
    backend["POST /vendor/trace/lots/lot_1/events"] = () =>
      Response.json(
        { message: "Thời điểm không được ở tương lai (event time in the future).", type: "invalid_data" },
        { status: 400 }
      )
    const refused = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/lo-hang/lot_1/su-kien`, {
      method: "POST",
      body: stepForm({ step: "harvest", event_time: "2026-06-05T07:30" }),
    })
    const answer = unwrapData(await eventAction(routeArgs(refused, { id: "lot_1" }) as never))
    expect(answer.status).toBe(400)
    expect(answer.value).toMatchObject({ messages: ["Thời điểm không được ở tương lai (event time in the future)."] })

    sent = []
    const wrong = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/lo-hang/lot_1/su-kien`, {
      method: "POST",
      body: stepForm({ step: "harvest", event_time: "", latitude: "9.1" }),
    })
    const checked = unwrapData(await eventAction(routeArgs(wrong, { id: "lot_1" }) as never))
    expect(checked.status).toBe(400)
    expect(Object.keys((checked.value as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      "event_time",
      "latitude",
    ])
    expect(sent).toEqual([])
  })
})

describe("fixing a recorded step", () => {
  const recorded = {
    id: "tev_1",
    seq: 1,
    event_id: "urn:uuid:1",
    step: "processing" as const,
    type: "TransformationEvent",
    event_time: "2026-06-05T00:30:00.000Z",
    place_name: "Xưởng HTX, Ấp 7",
    read_point: "geo:9.1764,105.1524",
    biz_location: null,
    quantity: { value: 120, uom: "KGM" },
    inputs: [
      {
        epc_class: "https://choso.vn/t/K7M2Q9Y",
        quantity: null,
        uom: null,
        lot: { id: "lot_0", code: "L0", path: "/t/K7M2Q9Y" },
      },
    ],
    photos: [],
    note: "Lọc thô",
    source: "app",
    recorded_at: "2026-06-05T00:31:00.000Z",
    hash: "a",
    prev_hash: "0",
    error_declaration: null,
    corrected: false,
  }

  function serveLotWith(events: unknown[]) {
    backend["GET /vendor/trace/lots/lot_1"] = () =>
      Response.json({ lot: lot(), events, chain: { status: "intact", count: events.length } })
  }

  // biome-ignore lint/suspicious/noExplicitAny: the loader's data read field by field
  async function fixForm(entry: string): Promise<any> {
    const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/lo-hang/lot_1/su-kien?sua=${entry}`)
    return eventLoader(routeArgs(request, { id: "lot_1" }) as never)
  }

  it("opens the step form holding what was recorded (Vietnam time, place, position, quantity, note, input lots)", async () => {
    serveLotWith([recorded])
    const data = await fixForm("tev_1")
    expect(data.fix).toEqual({ id: "tev_1", time: "2026-06-05T00:30:00.000Z" })
    expect(data.values).toEqual({
      step: "processing",
      event_time: "2026-06-05T07:30",
      quantity: "120",
      latitude: "9.1764",
      longitude: "105.1524",
      place_name: "Xưởng HTX, Ấp 7",
      note: "Lọc thô",
      input_lot_ids: ["lot_0"],
      uom: "KGM",
    })
    // The quantity is asked in the unit it was recorded in.
    expect(data.lot.unit).toBe("kg")
  })

  it("is a 404 for an entry that is not in the lot, is already corrected, or is itself a correction", async () => {
    serveLotWith([
      { ...recorded, corrected: true },
      {
        ...recorded,
        id: "tev_2",
        error_declaration: { reason: "incorrect_data", declaration_time: "x", corrective_event_ids: [] },
      },
    ])
    for (const entry of ["tev_1", "tev_2", "tev_9"]) {
      await expect(fixForm(entry)).rejects.toMatchObject({ init: { status: 404 } })
    }
  })

  it("saves the fixed step as the correction's replacement (reason, why, no photos) and goes back to the lot", async () => {
    let body: unknown = null
    backend["POST /vendor/trace/events/tev_1/corrections"] = (init) => {
      body = JSON.parse(String(init?.body))
      return Response.json({ events: [] }, { status: 201 })
    }
    const form = new FormData()
    for (const [k, v] of Object.entries({
      corrects: "tev_1",
      step: "processing",
      event_time: "2026-06-05T07:30",
      quantity: "100",
      place_name: "Xưởng HTX, Ấp 7",
      fix_reason: "Ghi nhầm số lượng",
      uom: "KGM",
    })) {
      form.set(k, v)
    }
    form.append("input_lot_ids", "lot_0")
    form.append("photos", new File([new Uint8Array([0xff, 0xd8, 0xff])], "x.jpg", { type: "image/jpeg" }))
    const request = await sellerRequest(`${ORIGIN}/kenh-nguoi-ban/lo-hang/lot_1/su-kien?sua=tev_1`, {
      method: "POST",
      body: form,
    })
    const response = (await eventAction(routeArgs(request, { id: "lot_1" }) as never)) as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("Location")).toBe("/kenh-nguoi-ban/lo-hang/lot_1?notice=fixed")
    expect(sent.map((s) => s.path)).toEqual(["POST /vendor/trace/events/tev_1/corrections"])
    expect(body).toEqual({
      reason: "incorrect_data",
      note: "Ghi nhầm số lượng",
      replacement: {
        step: "processing",
        event_time: "2026-06-05T07:30:00+07:00",
        quantity: 100,
        place_name: "Xưởng HTX, Ấp 7",
        input_lot_ids: ["lot_0"],
        uom: "KGM",
      },
    })
  })
})
