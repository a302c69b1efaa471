import sharp from "sharp"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any
export type Reply = { status: number; data: Body; headers?: Record<string, string> }
type Api = { request: (config: object) => Promise<Reply> }

const PASSWORD = "mat-khau-hop-tac-xa-2026"
let counter = 0

export function traceApi(api: Api, admin: Record<string, string>, publishableKey: string) {
  const call = (method: string, url: string, data?: unknown, headers: Record<string, string> = {}) =>
    api.request({ method, url, data, headers, validateStatus: () => true }) as Promise<Reply>
  const asAdmin = (method: string, url: string, data?: unknown) => call(method, url, data, admin)
  const asSeller = (token: string, method: string, url: string, data?: unknown, headers: Record<string, string> = {}) =>
    call(method, url, data, { authorization: `Bearer ${token}`, ...headers })
  const store = (url: string, method = "get", data?: unknown) =>
    call(method, url, data, { "x-publishable-api-key": publishableKey })

  /** An approved household producer with one published product: its token, seller and variant. */
  async function producer(name: string) {
    counter += 1
    const email = `trace${counter}-${Date.now()}@example.vn`
    const signUp = await call("post", "/auth/seller/emailpass/register", { email, password: PASSWORD })
    const bearer = { authorization: `Bearer ${signUp.data.token}` }
    const registered = await call(
      "post",
      "/vendor/sellers",
      {
        member_name: "Nguyễn Thị Ba",
        seller: {
          name: `${name} ${Date.now()}`,
          kind: "household",
          legal_form: "household_business",
          business_registration_number: `96B80${String(10000 + counter)}`,
          representative: "Nguyễn Thị Ba",
          id_number: `0961870${String(10000 + counter)}`,
          phone: "0912 345 679",
          email,
          province_code: "96",
          ward_code: "31825",
          address_line: "Ấp 3",
          bank_bin: "970436",
          bank_account_number: `00710003${String(10000 + counter)}`,
          bank_account_name: "NGUYEN THI BA",
        },
      },
      bearer
    )
    if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.data)}`)
    const token = (await call("post", "/auth/token/refresh", undefined, bearer)).data.token as string
    const sellerId = registered.data.seller.id as string
    const approved = await asAdmin("post", `/admin/sellers/${sellerId}/status`, { status: "approved" })
    if (approved.status !== 200) throw new Error(`approve: ${approved.status}`)
    const product = await asSeller(token, "post", "/vendor/products", {
      title: { vi: `Mật ong ${name}`, en: `${name} honey` },
      description: { vi: "Mật ong rừng tràm.", en: "Melaleuca forest honey." },
      variants: [{ title: { vi: "500 ml", en: "500 ml" }, price: 180000, stock: 20 }],
      photos: [],
    })
    if (product.status !== 201) throw new Error(`product: ${product.status} ${JSON.stringify(product.data)}`)
    const variants = await asSeller(token, "get", "/vendor/trace/variants")
    if (variants.status !== 200 || !variants.data.variants.length) {
      throw new Error(`variants: ${variants.status} ${JSON.stringify(variants.data)}`)
    }
    return {
      token,
      seller_id: sellerId,
      product_id: product.data.product.id as string,
      variant_id: variants.data.variants[0].id as string,
    }
  }

  async function lot(token: string, variantId: string, over: Record<string, unknown> = {}) {
    const reply = await asSeller(token, "post", "/vendor/trace/lots", {
      variant_id: variantId,
      code: `L${Date.now().toString(36).toUpperCase().slice(-8)}`,
      gtin: "2026120000018",
      produced_on: "2026-11-20",
      expires_on: "2027-11-20",
      quantity: 120,
      unit: "chai",
      origin_ward_code: "31825",
      origin_place: "Ấp 3, rừng tràm U Minh",
      ...over,
    })
    if (reply.status !== 201) throw new Error(`lot: ${reply.status} ${JSON.stringify(reply.data)}`)
    return reply.data.lot
  }

  /** POST a step as the seller channel sends it (multipart, photos in field "photos"). */
  async function step(token: string, lotId: string, fields: Record<string, string>, photos: Buffer[] = []) {
    const form = new FormData()
    for (const [key, value] of Object.entries(fields)) form.append(key, value)
    photos.forEach((photo, i) => {
      form.append("photos", new Blob([new Uint8Array(photo)]), `anh-${i}.jpg`)
    })
    return asSeller(token, "post", `/vendor/trace/lots/${lotId}/events`, form)
  }

  return { call, asAdmin, asSeller, store, producer, lot, step }
}

/** A phone photo of a harvest: JPEG with the camera's EXIF and a GPS position. */
export function harvestPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 200, g: 170, b: 60 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "Xiaomi", Model: "Redmi Note 13" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "9/1 10/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 9/1 0/1" },
    })
    .toBuffer()
}
