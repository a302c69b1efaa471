import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { HashAlgorithm, VNPay as PeerVNPay, ProductCode, type ReturnQueryFromVNPay, VnpLocale } from "vnpay"
import { VNPay, VNPayInvalidRequestError, VNPaySignatureVerificationError } from "../src/index.js"

const TMN = "TESTTMN1"
const SECRET = "TESTSECRETKEY0123456789ABCDEFGHIJ"
const RETURN_URL = "https://example.com/vnpay/return"

const ours = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: "sandbox" })
// The independent implementation (npm `vnpay` 2.5.0), configured with the same terminal and host.
const peer = new PeerVNPay({
  tmnCode: TMN,
  secureSecret: SECRET,
  vnpayHost: "https://sandbox.vnpayment.vn",
  testMode: true,
  hashAlgorithm: HashAlgorithm.SHA512,
})

/** yyyyMMddHHmmss in GMT+7, computed independently of src/dates.ts. */
function gmt7Digits(date: Date): number {
  return Number(new Date(date.getTime() + 7 * 3600_000).toISOString().replace(/\D/g, "").slice(0, 14))
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".split("")
const txnRefArb = fc.string({ unit: fc.constantFrom(...alnum), minLength: 1, maxLength: 100 })
const orderInfoArb = fc
  .string({ unit: fc.constantFrom(...alnum, " "), minLength: 1, maxLength: 255 })
  .filter((text) => text.trim() === text && text !== "")
const paramsArb = fc.record({
  amount: fc.integer({ min: 5_000, max: 999_999_999 }),
  txnRef: txnRefArb,
  orderInfo: orderInfoArb,
  locale: fc.constantFrom<"vn" | "en">("vn", "en"),
  bankCode: fc.option(fc.constantFrom("VNPAYQR", "VNBANK", "INTCARD"), { nil: undefined }),
  createDate: fc.date({
    min: new Date("2020-01-01T00:00:00Z"),
    max: new Date("2035-12-31T23:59:59Z"),
    noInvalidDate: true,
  }),
  expiresInMinutes: fc.integer({ min: 1, max: 1440 }),
  ipAddr: fc.ipV4(),
})

describe("payment URLs agree with the independent `vnpay` package", () => {
  it("has the same vnp_SecureHash (and the same query) for random valid params", () => {
    fc.assert(
      fc.property(paramsArb, (p) => {
        const mine = ours.paymentUrls.create({ ...p, returnUrl: RETURN_URL, orderType: "other" })
        const created = new Date(Math.floor(p.createDate.getTime() / 1000) * 1000)
        const theirs = peer.buildPaymentUrl({
          vnp_Amount: p.amount,
          vnp_TxnRef: p.txnRef,
          vnp_OrderInfo: p.orderInfo,
          vnp_OrderType: ProductCode.Other,
          vnp_ReturnUrl: RETURN_URL,
          vnp_IpAddr: p.ipAddr,
          vnp_Locale: p.locale === "en" ? VnpLocale.EN : VnpLocale.VN,
          vnp_CreateDate: gmt7Digits(created),
          vnp_ExpireDate: gmt7Digits(new Date(created.getTime() + p.expiresInMinutes * 60_000)),
          ...(p.bankCode ? { vnp_BankCode: p.bankCode } : {}),
        })
        const mineHash = new URL(mine.url).searchParams.get("vnp_SecureHash")
        const theirHash = new URL(theirs).searchParams.get("vnp_SecureHash")
        expect(mineHash).toMatch(/^[0-9a-f]{128}$/)
        expect(mineHash).toBe(theirHash)
        expect(mine.url).toBe(theirs)
      }),
      { numRuns: 300 }
    )
  })
})

describe("a signed return query does not survive tampering", () => {
  const base = (txnRef: string, amount: number) =>
    Object.fromEntries(
      ours.testHelpers.signedReturnQuery({
        txnRef,
        amount,
        transactionNo: "14226112",
        payDate: new Date("2025-01-01T05:03:00Z"),
      })
    )
  const signedArb = fc.record({ txnRef: txnRefArb, amount: fc.integer({ min: 5_000, max: 999_999_999 }) })

  it("is accepted untouched (and by the `vnpay` package too)", () => {
    fc.assert(
      fc.property(signedArb, ({ txnRef, amount }) => {
        const query = base(txnRef, amount)
        expect(ours.webhooks.constructEvent(query).amount).toBe(amount)
        const verified = peer.verifyReturnUrl(query as unknown as ReturnQueryFromVNPay)
        expect(verified.isVerified).toBe(true)
        expect(verified.vnp_Amount).toBe(amount)
      }),
      { numRuns: 100 }
    )
  })

  it("fails when any one vnp_* value changes", () => {
    fc.assert(
      fc.property(
        signedArb,
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 20 }),
        ({ txnRef, amount }, pick, newValue) => {
          const query = base(txnRef, amount)
          const keys = Object.keys(query)
          const key = keys[pick % keys.length]
          fc.pre(query[key] !== newValue)
          expect(() => ours.webhooks.constructEvent({ ...query, [key]: newValue })).toThrow(
            VNPaySignatureVerificationError
          )
        }
      ),
      { numRuns: 300 }
    )
  })

  it("fails when any one field is dropped", () => {
    fc.assert(
      fc.property(signedArb, fc.nat(), ({ txnRef, amount }, pick) => {
        const query = base(txnRef, amount)
        const keys = Object.keys(query)
        const { [keys[pick % keys.length]]: _dropped, ...rest } = query
        expect(() => ours.webhooks.constructEvent(rest)).toThrow(VNPaySignatureVerificationError)
      }),
      { numRuns: 200 }
    )
  })

  it("fails when a vnp_* field is added (non-empty value; vnp_SecureHashType is ignored by design)", () => {
    const name = fc
      .string({ unit: fc.constantFrom(...alnum), minLength: 1, maxLength: 15 })
      .map((suffix) => `vnp_${suffix}`)
      .filter((key) => key !== "vnp_SecureHashType")
    fc.assert(
      fc.property(signedArb, name, fc.string({ minLength: 1, maxLength: 20 }), ({ txnRef, amount }, key, value) => {
        const query = base(txnRef, amount)
        fc.pre(!(key in query))
        expect(() => ours.webhooks.constructEvent({ ...query, [key]: value })).toThrow(VNPaySignatureVerificationError)
      }),
      { numRuns: 200 }
    )
  })

  it("ignores keys that are not vnp_* (VNPay's rule), but still rejects them when they replace vnp_* ones", () => {
    const query = base("ORDER0001", 150000)
    expect(ours.webhooks.constructEvent({ ...query, utm_source: "x" }).txnRef).toBe("ORDER0001")
    const { vnp_Amount: _amount, ...rest } = query
    expect(() => ours.webhooks.constructEvent({ ...rest, amount: query.vnp_Amount })).toThrow(
      VNPaySignatureVerificationError
    )
  })

  it("rejects a correctly signed query for another terminal", () => {
    const other = ours.testHelpers.signedReturnQuery({ txnRef: "ORDER0001", amount: 150000, tmnCode: "OTHERTMN" })
    expect(() => ours.webhooks.constructEvent(other)).toThrow(VNPaySignatureVerificationError)
  })

  it("rejects a signed query whose amount is not ×100 as an invalid request", () => {
    const odd = ours.testHelpers.signedReturnQuery({
      txnRef: "ORDER0001",
      amount: 150000,
      overrides: { vnp_Amount: "15000050" },
    })
    expect(() => ours.webhooks.constructEvent(odd)).toThrow(VNPayInvalidRequestError)
  })
})
