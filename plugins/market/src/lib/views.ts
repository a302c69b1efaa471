import { amountInWords, confirmationWords } from "./amount-words"

interface RequestLike {
  id: string
  reference: string
  amount: number | string
  rail: string
  status: string
  expires_at: Date | string
  created_at: Date | string
  paid_at: Date | string | null
  qr_payload: string
}

interface TransferLike {
  id: string
  amount: number | string
  content: string
  transaction_date: Date | string
  reason: string | null
  reference: string | null
  resolution: string | null
  resolution_note: string | null
  resolved_at: Date | string | null
}

const iso = (value: Date | string | null): string | null => (value ? new Date(value).toISOString() : null)

/** A payment request as the vendor screen shows it; `spoken` is what the phone says once paid. */
export function requestView(row: RequestLike) {
  const amount = Number(row.amount)
  return {
    id: row.id,
    reference: row.reference,
    amount,
    rail: row.rail,
    status: row.status,
    expires_at: iso(row.expires_at),
    created_at: iso(row.created_at),
    paid_at: iso(row.paid_at),
    qr_payload: row.qr_payload,
    words: amountInWords(amount),
    spoken: confirmationWords(amount, row.reference),
  }
}

export type RequestView = ReturnType<typeof requestView>

export function transferView(row: TransferLike, request: { id: string; reference: string; amount: number } | null) {
  const amount = Number(row.amount)
  return {
    id: row.id,
    amount,
    content: row.content,
    received_at: iso(row.transaction_date),
    reason: row.reason,
    reference: row.reference,
    request,
    words: amountInWords(amount),
    resolution: row.resolution,
    resolution_note: row.resolution_note,
    resolved_at: iso(row.resolved_at),
  }
}

export type TransferView = ReturnType<typeof transferView>

export interface FeedEventView {
  seq: number
  type: string
  at: string
  request?: RequestView
  transfer?: TransferView
}

/** "0071000123456" → "•••• 3456". */
export function maskAccount(account: string): string {
  return `•••• ${account.slice(-4)}`
}

interface StallLike {
  id: string
  code: string
  number: string
  display_name: string
  goods: string | null
  photo_url: string | null
  status: string
  bank_bin: string
  bank_account: string
  account_holder: string
  account_verified_at: Date | string | null
  market?: { id: string; code: string; name: string; address?: string } | null
}

/** A stall as its own vendor sees it (account masked). */
export function stallView(stall: StallLike, bankName: (bin: string) => string) {
  const verified = !!stall.account_verified_at
  return {
    id: stall.id,
    code: stall.code,
    number: stall.number,
    display_name: stall.display_name,
    goods: stall.goods,
    photo_url: stall.photo_url,
    status: stall.status,
    market: stall.market ? { id: stall.market.id, code: stall.market.code, name: stall.market.name } : null,
    bank: {
      bin: stall.bank_bin,
      bank_name: bankName(stall.bank_bin),
      account_masked: maskAccount(stall.bank_account),
      holder: stall.account_holder,
      verified,
    },
    can_take_payments: stall.status === "active" && verified,
  }
}

interface DeviceLike {
  id: string
  label: string
  created_at: Date | string
  last_seen_at: Date | string | null
  revoked_at: Date | string | null
}

export function deviceView(device: DeviceLike, currentId: string | null) {
  return {
    id: device.id,
    label: device.label,
    created_at: iso(device.created_at),
    last_seen_at: iso(device.last_seen_at),
    revoked_at: iso(device.revoked_at),
    current: device.id === currentId,
  }
}
