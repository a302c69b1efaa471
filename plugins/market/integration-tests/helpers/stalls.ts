import { sepaySignature } from "@choso/market-rules/sepay"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
type Body = any
export type Reply = { status: number; data: Body; headers?: Record<string, string> }
type Api = { request: (config: object) => Promise<Reply> }

export const HMAC_SECRET = "integration-sepay-secret-0123456789"

export interface Vendor {
  token: string
  seller_id: string
  stall_id: string
  device_token: string
  device_id: string
  account: string
}

const PASSWORD = "mat-khau-quay-cho-2026"

/** Signs up a person as actor `seller` and registers a stall seller (kind "stall"), as the seller channel does. */
async function registerStallSeller(market: ReturnType<typeof marketApi>, n: number, account: string, holder: string) {
  const email = `quay${n}-${Date.now()}@example.vn`
  const signUp = await market.call("post", "/auth/seller/emailpass/register", { email, password: PASSWORD })
  if (signUp.status !== 200) throw new Error(`sign-up: ${signUp.status} ${JSON.stringify(signUp.data)}`)
  const bearer = { authorization: `Bearer ${signUp.data.token}` }
  const registered = await market.call(
    "post",
    "/vendor/sellers",
    {
      member_name: "Nguyễn Thị Sáu",
      seller: {
        name: `Quầy cô Sáu ${n} ${Date.now()}`,
        kind: "stall",
        legal_form: "individual",
        representative: "Nguyễn Thị Sáu",
        id_number: `0961850${String(10000 + n)}`,
        phone: "0912 345 678",
        email: `quay${n}@example.vn`,
        province_code: "96",
        ward_code: "31825",
        address_line: "Chợ Phường 2",
        bank_bin: "970436",
        bank_account_number: account,
        bank_account_name: holder,
      },
    },
    bearer
  )
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.data)}`)
  const refreshed = await market.call("post", "/auth/token/refresh", undefined, bearer)
  return { token: refreshed.data.token as string, seller_id: registered.data.seller.id as string }
}

/** Calls as the operator, a vendor's phone, or SePay. */
export function marketApi(api: Api, admin: Record<string, string>, baseUrl = "") {
  const call = (method: string, url: string, data?: unknown, headers: Record<string, string> = {}) =>
    api.request({ method, url, data, headers, validateStatus: () => true }) as Promise<Reply>
  const asAdmin = (method: string, url: string, data?: unknown) => call(method, url, data, admin)
  const asPhone = (device: string | null, method: string, url: string, data?: unknown, headers = {}) =>
    call(method, url, data, { ...(device ? { "x-stall-device": device } : {}), ...headers })
  return { call, asAdmin, asPhone, baseUrl }
}

/** A SePay transaction as the bank reports it, signed with HMAC over its exact bytes. */
export function sepayDelivery(fields: Partial<Record<string, unknown>>, secret = HMAC_SECRET) {
  const body = JSON.stringify({
    id: Math.floor(Math.random() * 1e9),
    gateway: "Vietcombank",
    transactionDate: vietnamNow(),
    accountNumber: "0000000000",
    code: null,
    content: "",
    transferType: "in",
    transferAmount: 0,
    accumulated: 0,
    subAccount: null,
    referenceCode: "FT.TEST",
    description: "",
    ...fields,
  })
  const timestamp = String(Math.floor(Date.now() / 1000))
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-sepay-timestamp": timestamp,
      "x-sepay-signature": sepaySignature(secret, timestamp, body),
    },
  }
}

export function vietnamNow(offsetMs = 0): string {
  return new Date(Date.now() + offsetMs + 7 * 3600_000).toISOString().slice(0, 19).replace("T", " ")
}

let counter = 0

/**
 * A stall vendor from scratch, as in production: signs up as a seller of kind "stall", the
 * operator approves it, adds its stall to the market and verifies the account; her phone signs in.
 */
export async function createVendor(
  market: ReturnType<typeof marketApi>,
  marketId: string,
  opts: { verify?: boolean } = {}
): Promise<Vendor> {
  counter += 1
  const account = `00710001${String(100000 + counter)}`
  const holder = `NGUYEN THI SAU ${counter}`
  const seller = await registerStallSeller(market, counter, account, holder)
  const approved = await market.asAdmin("post", `/admin/sellers/${seller.seller_id}/status`, { status: "approved" })
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${JSON.stringify(approved.data)}`)
  const stall = await market.asAdmin("post", "/admin/stalls", {
    market_id: marketId,
    seller_id: seller.seller_id,
    code: `TQ${counter}${Date.now().toString(36).toUpperCase().slice(-4)}`,
    number: `A${counter}`,
    display_name: `Cô Sáu ${counter} — rau củ`,
    goods: "Rau củ",
    bank_bin: "970436",
    bank_account: account,
    account_holder: holder,
  })
  if (stall.status !== 201) throw new Error(`stall: ${stall.status} ${JSON.stringify(stall.data)}`)
  if (opts.verify !== false) {
    const verified = await market.asAdmin("post", `/admin/stalls/${stall.data.stall.id}/verify-account`, {
      holder_name: holder.toLowerCase(),
    })
    if (verified.status !== 200) throw new Error(`verify: ${verified.status} ${JSON.stringify(verified.data)}`)
  }
  const device = await market.call(
    "post",
    "/vendor/market/devices",
    { label: "Điện thoại Android" },
    { authorization: `Bearer ${seller.token}` }
  )
  if (device.status !== 201) throw new Error(`device: ${device.status} ${JSON.stringify(device.data)}`)
  return {
    token: seller.token,
    seller_id: seller.seller_id,
    stall_id: stall.data.stall.id,
    device_token: device.data.token,
    device_id: device.data.device.id,
    account,
  }
}

export function db(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
}

/** Reads server-sent events from a URL until `until` says stop (or the time is up). */
export async function readEvents(
  url: string,
  headers: Record<string, string>,
  until: (events: { id: number; event: string; data: Body }[]) => boolean,
  timeoutMs = 15_000,
  onOpen?: () => void
) {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const events: { id: number; event: string; data: Body }[] = []
  try {
    const res = await fetch(url, { headers, signal: controller.signal })
    if (res.status !== 200 || !res.body) throw new Error(`SSE ${res.status}`)
    onOpen?.()
    const decoder = new TextDecoder()
    let buffer = ""
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true })
      let end = buffer.indexOf("\n\n")
      while (end >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        const lines = Object.fromEntries(
          frame
            .split("\n")
            .filter((l) => !l.startsWith(":") && l.includes(": "))
            .map((l) => [l.slice(0, l.indexOf(": ")), l.slice(l.indexOf(": ") + 2)])
        )
        if (lines.data) events.push({ id: Number(lines.id), event: lines.event, data: JSON.parse(lines.data) })
        end = buffer.indexOf("\n\n")
      }
      if (until(events)) break
    }
  } catch (error) {
    if ((error as Error).name !== "AbortError") throw error
  } finally {
    clearTimeout(timer)
    controller.abort()
  }
  return events
}
