import QRCode from "qrcode"

/**
 * The QR of a payment request as inline SVG, drawn on the server: the phone downloads no QR
 * library. Black on white with a quiet zone, medium error correction (a VietQR EMV string or a
 * VNPay URL fits comfortably); the SVG scales to the screen through CSS.
 */
export function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  })
}
