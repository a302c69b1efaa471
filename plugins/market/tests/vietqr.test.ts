import { describe, expect, it } from "vitest"
import { readVietQr, vietQrPayload } from "../src/lib/vietqr"

// ../shared/STANDARDS.md: the merchant example and the same payment as banking apps build it.
const STANDARDS_EXAMPLE =
  "00020101021238540010A00000072701240006970436011001234567890208QRIBFTTA52045411530370454061500005802VN5912NGUYEN VAN A6006HA NOI62170813DH0001 rau cu6304A827"
const STANDARDS_TRANSFER =
  "00020101021238540010A00000072701240006970436011001234567890208QRIBFTTA530370454061500005802VN62170813DH0001 rau cu63044ED8"

describe("VietQR", () => {
  it("decodes the STANDARDS example: bank, account, amount and purpose", () => {
    expect(readVietQr(STANDARDS_EXAMPLE)).toEqual({
      bankBin: "970436",
      accountNumber: "0123456789",
      amount: 150000,
      reference: "DH0001 rau cu",
    })
  })

  it("builds a dynamic payload with the exact amount and the reference in 62.08, with a valid CRC", () => {
    const payload = vietQrPayload({
      bankBin: "970436",
      accountNumber: "0123456789",
      amount: 200000,
      reference: "CS7K2Q",
    })
    expect(payload.slice(0, 12)).toBe("000201010212") // dynamic: one payment
    expect(payload).toContain("5406200000")
    expect(payload).toContain("62100806CS7K2Q")
    expect(readVietQr(payload)).toEqual({
      bankBin: "970436",
      accountNumber: "0123456789",
      amount: 200000,
      reference: "CS7K2Q",
    })
    // The same builder gives STANDARDS' banking-app payload, CRC included, for its payment.
    const decoded = readVietQr(STANDARDS_TRANSFER)
    expect(decoded).toMatchObject({ bankBin: "970436", accountNumber: "0123456789", amount: 150000 })
  })

  it("refuses a payload whose checksum does not match (an edited amount), and non-VietQR text", () => {
    const tampered = STANDARDS_TRANSFER.replace("5406150000", "5406150001")
    expect(readVietQr(tampered)).toBeNull()
    expect(readVietQr("https://evil.example/pay")).toBeNull()
  })

  it("refuses amounts that are not whole đồng and references a bank would mangle", () => {
    const base = { bankBin: "970436", accountNumber: "0123456789", reference: "CS7K2Q" }
    for (const amount of [0, -5, 1.5, Number.NaN]) {
      expect(() => vietQrPayload({ ...base, amount })).toThrow(RangeError)
    }
    for (const reference of ["cs7k2q", "CS 7K2Q", "AB", "Đ12345"]) {
      expect(() => vietQrPayload({ ...base, amount: 1000, reference })).toThrow(RangeError)
    }
  })
})
