import sharp from "sharp"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any
export type Reply = { status: number; data: Body }
type Api = { request: (config: object) => Promise<Reply> }

const PASSWORD = "mat-khau-hop-tac-xa-2026"
let counter = 0

export function ocopApi(api: Api, admin: Record<string, string>, publishableKey: string) {
  const call = (method: string, url: string, data?: unknown, headers: Record<string, string> = {}) =>
    api.request({ method, url, data, headers, validateStatus: () => true }) as Promise<Reply>
  const asAdmin = (method: string, url: string, data?: unknown) => call(method, url, data, admin)
  const asSeller = (token: string, method: string, url: string, data?: unknown) =>
    call(method, url, data, { authorization: `Bearer ${token}` })
  const store = (url: string) => call("get", url, undefined, { "x-publishable-api-key": publishableKey })

  /** A household producer registered, approved, with one published product: its token and product. */
  async function producer(name: string) {
    counter += 1
    const email = `ocop${counter}-${Date.now()}@example.vn`
    const signUp = await call("post", "/auth/seller/emailpass/register", { email, password: PASSWORD })
    const bearer = { authorization: `Bearer ${signUp.data.token}` }
    const registered = await call(
      "post",
      "/vendor/sellers",
      {
        member_name: "Trần Văn Tư",
        seller: {
          name: `${name} ${Date.now()}`,
          kind: "household",
          legal_form: "household_business",
          business_registration_number: `96A80${String(10000 + counter)}`,
          representative: "Trần Văn Tư",
          id_number: `0961860${String(10000 + counter)}`,
          phone: "0912 345 678",
          email,
          province_code: "96",
          ward_code: "31825",
          address_line: "Ấp 3",
          bank_bin: "970436",
          bank_account_number: `00710002${String(10000 + counter)}`,
          bank_account_name: "TRAN VAN TU",
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
    const productId = product.data.product.id as string
    const published = await asSeller(token, "post", `/vendor/products/${productId}/publish`, { published: true })
    if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.data)}`)
    return { token, seller_id: sellerId, product_id: productId, handle: product.data.product.handle as string }
  }

  /** POST /vendor/ocop/certificates as the seller channel sends it (multipart). */
  async function submit(
    token: string,
    fields: Record<string, string | string[]>,
    file: Buffer,
    name = "chung-nhan.jpg"
  ) {
    const form = new FormData()
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(key, v)
    }
    form.append("file", new Blob([new Uint8Array(file)]), name)
    return asSeller(token, "post", "/vendor/ocop/certificates", form)
  }

  return { call, asAdmin, asSeller, store, producer, submit }
}

/** A phone photo of a paper certificate: JPEG with the camera's EXIF and a GPS position. */
export function certificatePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 1600, height: 1130, channels: 3, background: { r: 250, g: 245, b: 230 } } })
    .jpeg({ quality: 80 })
    .withExif({
      IFD0: { Make: "Samsung", Model: "Galaxy A15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "9/1 10/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 9/1 0/1" },
    })
    .toBuffer()
}

/** The facts of a sound provincial 4★ certificate issued on `decision_date`. */
export function fourStars(productIds: string[], decision_date: string, over: Record<string, string> = {}) {
  return {
    product_ids: productIds,
    stars: "4",
    score: "78",
    group: "thuc-pham",
    authority_level: "provincial",
    authority_name: "UBND tỉnh Cà Mau",
    decision_number: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
    decision_date,
    ...over,
  }
}
