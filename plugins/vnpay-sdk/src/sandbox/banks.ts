/** A few of the banks VNPay lists for VNBANK (domestic ATM / internet banking), by VNPay code. */
export const BANKS: ReadonlyArray<{ code: string; name: string }> = [
  { code: "NCB", name: "NCB – Ngân hàng Quốc Dân" },
  { code: "VIETCOMBANK", name: "Vietcombank" },
  { code: "BIDV", name: "BIDV" },
  { code: "VIETINBANK", name: "VietinBank" },
  { code: "AGRIBANK", name: "Agribank" },
  { code: "TECHCOMBANK", name: "Techcombank" },
  { code: "MBBANK", name: "MB Bank" },
  { code: "ACB", name: "ACB" },
  { code: "VPBANK", name: "VPBank" },
  { code: "TPBANK", name: "TPBank" },
  { code: "SACOMBANK", name: "Sacombank" },
]

/** VNPay's published sandbox test cards, prefilled so a click is enough. */
export const TEST_ATM_CARD = { number: "9704198526191432198", holder: "NGUYEN VAN A", issued: "07/15", otp: "123456" }
export const TEST_INTL_CARD = { number: "4456530000001005", holder: "NGUYEN VAN A", expiry: "12/26", cvc: "123" }
