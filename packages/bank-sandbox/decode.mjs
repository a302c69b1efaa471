// Reading what the customer's banking app reads: the VietQR payload (checksum verified, as
// plugins/market/src/lib/vietqr.ts `readVietQr` does) and the QR in a photo or screenshot.
import jsqr from "jsqr"
import sharp from "sharp"
import { QRPay } from "vietnam-qr-pay"

/**
 * @typedef {object} TransferQr
 * @property {string} bankBin Napas BIN of the receiving bank (6 digits).
 * @property {string} accountNumber
 * @property {number} amount Whole đồng; NaN when the QR carries none (a static QR).
 * @property {string} reference Tag 62.08 (the payment reference, e.g. "CS7K2QM"), "" when absent.
 */

/**
 * What a VietQR payload asks the bank to transfer, or null for anything else (a bad checksum,
 * a URL, a VNPay QR).
 * @param {string} payload
 * @returns {TransferQr | null}
 */
export function readTransferQr(payload) {
  const text = String(payload ?? "").trim()
  if (!text) return null
  let qr
  try {
    qr = new QRPay(text)
  } catch {
    return null
  }
  if (!qr.isValid || !qr.consumer?.bankBin || !qr.consumer.bankNumber) return null
  return {
    bankBin: qr.consumer.bankBin,
    accountNumber: qr.consumer.bankNumber,
    amount: qr.amount === undefined || qr.amount === "" ? Number.NaN : Number(qr.amount),
    reference: qr.additionalData?.purpose ?? "",
  }
}

/** Photos from a phone are large; a QR stays readable at this size and jsQR stays quick. */
const MAX_SIDE = 1200

/**
 * The text of the QR code in an image (PNG, JPEG, WebP…), or null when there is none.
 * Throws when the bytes are not an image sharp can read.
 * @param {Buffer | Uint8Array} image
 * @returns {Promise<string | null>}
 */
export async function decodeQrImage(image) {
  const { data, info } = await sharp(image)
    .rotate() // EXIF orientation of phone photos
    .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength)
  const code = jsqr.default(pixels, info.width, info.height, { inversionAttempts: "attemptBoth" })
  return code?.data ? code.data : null
}
