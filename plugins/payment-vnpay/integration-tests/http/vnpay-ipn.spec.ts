import path from "node:path"
import { VNPay, verifyParams } from "@choso/vnpay"
import { startSandbox, type Sandbox } from "@choso/vnpay/sandbox"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { setupStore, stockAll, type StoreSetup } from "@choso/seed/setup"
import reconcileVNPayPayments from "../../src/jobs/reconcile-vnpay"

const TMN = "TESTTMN1"
const SECRET = "integration-test-secret-0123456789"
// The sandbox is a real HTTP server speaking VNPay's protocol. It sends no IPNs here ("lost"):
// each test delivers the IPN itself, exactly as VNPay would, to control timing and duplicates.
// It starts before the runner loads medusa-config, which reads VNPAY_* (file-level hooks run first).
let sandbox: Sandbox
let vnpay: VNPay
beforeAll(async () => {
  sandbox = await startSandbox({ tmnCode: TMN, hashSecret: SECRET, ipn: { mode: "lost" } })
  Object.assign(process.env, {
    VNPAY_TMN_CODE: TMN,
    VNPAY_HASH_SECRET: SECRET,
    VNPAY_URL: `${sandbox.url}/paymentv2/vpcpay.html`,
    VNPAY_RETURN_URL: "http://localhost:3000/thanh-toan/vnpay",
    VNPAY_RECONCILE_AFTER_SECONDS: "0",
  })
  vnpay = new VNPay({ tmnCode: TMN, hashSecret: SECRET, environment: { baseUrl: sandbox.url } })
})
afterAll(async () => {
  await sandbox?.close()
})

const ADDRESS = {
  first_name: "Lan",
  last_name: "Nguyễn",
  address_1: "12 Trần Hưng Đạo",
  city: "Phường Bạc Liêu",
  province: "96",
  country_code: "vn",
  phone: "0912345678",
  metadata: { vn_province_code: "96", vn_ward_code: "31825" },
}

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../../../backend"),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let headers: Record<string, string>
    let variantId: string

    beforeAll(async () => {
      const container = getContainer()
      setup = await setupStore(container)
      headers = { "x-publishable-api-key": setup.publishableKey }
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Tôm khô Rạch Gốc",
              handle: "tom-kho",
              status: ProductStatus.PUBLISHED,
              shipping_profile_id: setup.shippingProfileId,
              sales_channels: [{ id: setup.salesChannelId }],
              options: [{ title: "Quy cách", values: ["500 g"] }],
              variants: [{ title: "500 g", sku: "TOM-500G", options: { "Quy cách": "500 g" }, prices: [{ amount: 450000, currency_code: "vnd" }] }],
            },
          ],
        },
      })
      variantId = result[0].variants[0].id
      await stockAll(container, setup, new Map([["TOM-500G", 1000]]))
    })

    /** A cart ready to pay: item, address, shipping; then a VNPay session. */
    async function vnpaySession(bankCode = "VNPAYQR") {
      const { data } = await api.post("/store/carts", { region_id: setup.regionId, email: "lan@example.vn" }, { headers })
      const cartId: string = data.cart.id
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, { headers })
      await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS }, { headers })
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, { headers })
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, { headers })
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, { headers })
      const { data: withSession } = await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_vnpay_vnpay", data: { bank_code: bankCode, ip: "113.161.1.1", locale: "vn" } },
        { headers }
      )
      const session = withSession.payment_collection.payment_sessions[0]
      return { cartId, session, url: session.data.payment_url as string, txnRef: session.data.txn_ref as string }
    }

    async function payAtSandbox(url: string, result: "success" | "insufficient" | "cancel") {
      const res = await fetch(`${sandbox.url}/_sandbox/pay`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url, result }),
      })
      expect(res.status).toBe(200)
      const { returnUrl } = (await res.json()) as { returnUrl: string }
      return new URL(returnUrl).search
    }

    async function ipn(search: string) {
      const res = await api.get(`/hooks/vnpay/ipn${search}`)
      expect(res.status).toBe(200)
      return res.data as { RspCode: string; Message: string }
    }

    function returnedTxnRef(search: string) {
      return new URLSearchParams(search).get("vnp_TxnRef")
    }

    async function ordersOf(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data
    }

    it("starts a session with a signed VNPay URL for the cart total", async () => {
      const { url, session } = await vnpaySession()
      const params = Object.fromEntries(new URL(url).searchParams)
      expect(url.startsWith(`${sandbox.url}/paymentv2/vpcpay.html?`)).toBe(true)
      expect(verifyParams(params, SECRET)).toBe(true)
      expect(Number(params.vnp_Amount)).toBe(Number(session.amount) * 100)
      expect(params).toMatchObject({ vnp_BankCode: "VNPAYQR", vnp_IpAddr: "113.161.1.1", vnp_TxnRef: session.id, vnp_Version: "2.1.0" })
      expect(params.vnp_SecureHashType).toBeUndefined()
    })

    it("creates the order from the IPN, even if the shopper never returns, and shows it as paid", async () => {
      const { cartId, url, txnRef } = await vnpaySession()
      const returned = await payAtSandbox(url, "success")
      const before = await api.get(`/store/vnpay/return${returned}`, { headers })
      expect(before.data).toMatchObject({ status: "pending", txn_ref: txnRef, order_id: null })

      expect(await ipn(returned)).toEqual({ RspCode: "00", Message: "Confirm Success" })
      const orders = await ordersOf(cartId)
      expect(orders).toHaveLength(1)
      const after = await api.get(`/store/vnpay/return${returned}`, { headers })
      expect(after.data).toMatchObject({ status: "paid", order_id: orders[0].order_id })

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: order } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.captured_at", "payment_collections.payments.data", "payment_collections.payments.provider_id"],
        filters: { id: orders[0].order_id },
      })
      const payment = order[0].payment_collections?.[0]?.payments?.[0]
      expect(payment?.provider_id).toBe("pp_vnpay_vnpay")
      expect(payment?.captured_at).toBeTruthy()
      expect((payment?.data as { transaction_no?: string }).transaction_no).toMatch(/^\d+$/)
    })

    it("settles 50 concurrent duplicate IPNs exactly once", async () => {
      const { cartId, url } = await vnpaySession()
      const returned = await payAtSandbox(url, "success")
      const replies = await Promise.all(Array.from({ length: 50 }, () => ipn(returned)))
      const codes = replies.map((r) => r.RspCode).sort()
      expect(codes.filter((c) => c === "00")).toHaveLength(1)
      expect(codes.filter((c) => c === "02")).toHaveLength(49)
      expect(await ordersOf(cartId)).toHaveLength(1)
      const payments = (await getContainer().resolve(Modules.PAYMENT).listPayments({})).filter(
        (p) => p.provider_id === "pp_vnpay_vnpay" && (p.data as { txn_ref?: string }).txn_ref === returnedTxnRef(returned)
      )
      const captured = await getContainer().resolve(Modules.PAYMENT).listCaptures({ payment_id: payments.map((p) => p.id) })
      expect(payments).toHaveLength(1)
      expect(captured).toHaveLength(1)
    })

    it("answers 04 to a correctly signed IPN with the wrong amount, and changes nothing", async () => {
      const { cartId, txnRef, session } = await vnpaySession()
      const cheap = vnpay.testHelpers.signedReturnQuery({ txnRef, amount: Number(session.amount) / 1000 })
      expect(await ipn(`?${cheap}`)).toMatchObject({ RspCode: "04", Message: "invalid amount" })
      expect(await ordersOf(cartId)).toHaveLength(0)
      const state = await api.get(`/store/vnpay/return?${cheap}`, { headers })
      expect(state.data.status).toBe("pending")
    })

    it("answers 97 to a bad signature and 01 to an unknown payment", async () => {
      const { txnRef, session } = await vnpaySession()
      const good = vnpay.testHelpers.signedReturnQuery({ txnRef, amount: Number(session.amount) })
      good.set("vnp_SecureHash", "0".repeat(128))
      expect(await ipn(`?${good}`)).toMatchObject({ RspCode: "97", Message: "Invalid signature" })
      const unknown = vnpay.testHelpers.signedReturnQuery({ txnRef: "payses_01UNKNOWN", amount: 100000 })
      expect(await ipn(`?${unknown}`)).toMatchObject({ RspCode: "01", Message: "Order not found" })
    })

    it("keeps the cart after a cancelled payment, and a second attempt pays", async () => {
      const first = await vnpaySession()
      const cancelled = await payAtSandbox(first.url, "cancel")
      expect(await ipn(cancelled)).toMatchObject({ RspCode: "00" })
      expect(await ipn(cancelled)).toMatchObject({ RspCode: "02" })
      const state = await api.get(`/store/vnpay/return${cancelled}`, { headers })
      expect(state.data).toMatchObject({ status: "failed", response_code: "24" })
      expect(state.data.message.vi).toContain("hủy")
      expect(await ordersOf(first.cartId)).toHaveLength(0)

      const { data: cart } = await api.get(`/store/carts/${first.cartId}`, { headers })
      const { data: again } = await api.post(
        `/store/payment-collections/${cart.cart.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_vnpay_vnpay", data: { bank_code: "VNBANK" } },
        { headers }
      )
      const second = again.payment_collection.payment_sessions[0]
      expect(second.data.txn_ref).not.toBe(first.txnRef)
      const paid = await payAtSandbox(second.data.payment_url, "success")
      expect(await ipn(paid)).toMatchObject({ RspCode: "00" })
      expect(await ordersOf(first.cartId)).toHaveLength(1)
    })

    it("creates the order from querydr when the IPN is lost", async () => {
      const { cartId, url } = await vnpaySession()
      await payAtSandbox(url, "success")
      expect(await ordersOf(cartId)).toHaveLength(0)
      await reconcileVNPayPayments(getContainer())
      expect(await ordersOf(cartId)).toHaveLength(1)
    })

    it("refunds part through VNPay's refund API and refuses more than was paid", async () => {
      const { cartId, url, txnRef } = await vnpaySession("INTCARD")
      expect(await ipn(await payAtSandbox(url, "success"))).toMatchObject({ RspCode: "00" })
      const [{ order_id }] = await ordersOf(cartId)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id", "total"], filters: { id: order_id } })
      const paymentId = data[0].payment_collections![0]!.payments![0]!.id
      await refundPaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId, amount: 100000 } })
      const partial = sandbox.transactions().find((t) => t.txnRef === txnRef)
      // The sandbox keeps VNPay's units (đồng × 100) and the refund type: 03 = partial.
      expect(partial?.refunds.map((r) => [r.amount, r.transactionType])).toEqual([[100000 * 100, "03"]])
      await expect(
        refundPaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId, amount: 10_000_000 } })
      ).rejects.toThrow()
    })
  },
})
