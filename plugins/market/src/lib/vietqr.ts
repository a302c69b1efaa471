import { BanksObject, QRPay } from "vietnam-qr-pay"

export interface VietQrPayment {
  /** Napas BIN of the receiving bank (6 digits). */
  bankBin: string
  accountNumber: string
  /** Integer đồng; the QR carries it exactly, so the customer's app cannot change it. */
  amount: number
  /** The payment request's reference, in tag 62.08 (the transfer's content). */
  reference: string
}

/** A reference a bank keeps intact in a transfer's content: letters and digits, ≤ 25. */
export const REFERENCE = /^[A-Z0-9]{4,25}$/

/**
 * A dynamic (one payment) VietQR EMVCo payload to the stall's own account, built by
 * `vietnam-qr-pay` as banking apps build transfers (no tags 52, 59, 60).
 */
export function vietQrPayload(payment: VietQrPayment): string {
  if (!Number.isSafeInteger(payment.amount) || payment.amount <= 0) {
    throw new RangeError(`A VietQR amount is a positive whole number of đồng, not ${payment.amount}`)
  }
  if (!REFERENCE.test(payment.reference)) {
    throw new RangeError(`A payment reference is 4–25 capital letters and digits, not "${payment.reference}"`)
  }
  if (!/^\d{6}$/.test(payment.bankBin) || !/^\d{6,19}$/.test(payment.accountNumber)) {
    throw new RangeError("A VietQR needs a 6-digit bank BIN and a 6–19 digit account number")
  }
  return QRPay.initVietQR({
    bankBin: payment.bankBin,
    bankNumber: payment.accountNumber,
    amount: String(payment.amount),
    purpose: payment.reference,
  }).build()
}

/** What a VietQR payload says (checksum verified), or null for anything else, e.g. a pasted sticker's URL. */
export function readVietQr(payload: string): VietQrPayment | null {
  const qr = new QRPay(payload)
  if (!qr.isValid || !qr.consumer?.bankBin || !qr.consumer.bankNumber) return null
  const amount = qr.amount === undefined ? Number.NaN : Number(qr.amount)
  return {
    bankBin: qr.consumer.bankBin,
    accountNumber: qr.consumer.bankNumber,
    amount,
    reference: qr.additionalData?.purpose ?? "",
  }
}

/** "Vietcombank" for 970436, from vietnam-qr-pay's list of Napas banks; the BIN when unknown. */
export function bankShortName(bin: string): string {
  return Object.values(BanksObject).find((bank) => bank.bin === bin)?.shortName ?? bin
}
