import type { MedusaContainer } from "@medusajs/framework/types"
import sharp from "sharp"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any
export type Reply = { status: number; data: Body }
type Api = { request: (config: object) => Promise<Reply> }

export const PASSWORD = "mat-khau-nguoi-ban-2026"

/** A household in Cà Mau (Phường Bạc Liêu) with a well-formed identity; override what a test needs. */
export function registration(overrides: Record<string, unknown> = {}) {
  return {
    member_name: "Trần Thị Mai",
    seller: {
      name: "Hộ kinh doanh Rau Sạch Cô Mai",
      kind: "household",
      legal_form: "household_business",
      business_registration_number: "96A8012345",
      representative: "Trần Thị Mai",
      id_number: "096185001234",
      phone: "0912 345 678",
      email: "raucomai@example.vn",
      province_code: "96",
      ward_code: "31825",
      address_line: "Ấp 3, đường Cao Văn Lầu",
      story_vi: "Ruộng rau nhà trồng, không thuốc trừ sâu.",
      story_en: "Vegetables from our own field, no pesticides.",
      bank_bin: "970436",
      bank_account_number: "0071000123456",
      bank_account_name: "Tran Thi Mai",
      ...overrides,
    },
  }
}

/** A product body as the seller channel sends it. */
export function productBody(title = "Rau muống sạch", overrides: Record<string, unknown> = {}) {
  return {
    title: { vi: title, en: "Clean water spinach" },
    description: { vi: "Hái buổi sáng, giao trong ngày.", en: "Picked in the morning." },
    variants: [
      { title: { vi: "500 g", en: "500 g" }, price: 15000, stock: 40 },
      { title: { vi: "1 kg", en: "1 kg" }, price: 28000, stock: 3 },
    ],
    photos: [],
    ...overrides,
  }
}

/** A 12-MP-like phone JPEG with EXIF and a GPS position, as a camera writes it. */
export async function phoneJpeg(width = 2400, height = 1800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 140, b: 60 } } })
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "Xiaomi", Model: "Redmi Note 12" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "9/1 17/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 43/1 0/1" },
    })
    .toBuffer()
}

export function sellerApi(api: Api, publishableKey: string) {
  async function call(
    method: string,
    url: string,
    token?: string | null,
    data?: unknown,
    headers = {}
  ): Promise<Reply> {
    return api.request({
      method,
      url,
      data,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      validateStatus: () => true,
    })
  }

  async function signUp(email: string): Promise<string> {
    const { status, data } = await call("post", "/auth/seller/emailpass/register", null, { email, password: PASSWORD })
    if (status !== 200) throw new Error(`sign-up ${email}: ${status} ${JSON.stringify(data)}`)
    return data.token
  }

  async function refresh(token: string): Promise<string> {
    const { data } = await call("post", "/auth/token/refresh", token)
    return data.token
  }

  /** Signs up and registers: the token that carries the member, and the seller's id. */
  async function register(email: string, overrides: Record<string, unknown> = {}) {
    const signUpToken = await signUp(email)
    const reply = await call("post", "/vendor/sellers", signUpToken, registration(overrides))
    if (reply.status !== 201) throw new Error(`register ${email}: ${reply.status} ${JSON.stringify(reply.data)}`)
    return {
      token: await refresh(signUpToken),
      seller_id: reply.data.seller.id as string,
      handle: reply.data.seller.handle,
    }
  }

  async function upload(url: string, token: string, file: Buffer, name: string, fields: Record<string, string> = {}) {
    const form = new FormData()
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    form.append("file", new Blob([new Uint8Array(file)]), name)
    return call("post", url, token, form)
  }

  const store = (method: string, url: string) =>
    call(method, url, null, undefined, { "x-publishable-api-key": publishableKey })

  return { call, signUp, refresh, register, upload, store }
}

/** The sealed ID number as stored: the test reads the table the way an attacker with a dump would. */
export async function storedSeller(container: MedusaContainer, id: string) {
  const { ContainerRegistrationKeys } = await import("@medusajs/framework/utils")
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return knex("seller").where({ id }).first()
}
