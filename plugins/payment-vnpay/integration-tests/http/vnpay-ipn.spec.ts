import path from "node:path"
import { createAdminUser } from "@choso/seed/testing"
import { type VNPay, verifyParams } from "@choso/vnpay"
import type { Sandbox } from "@choso/vnpay/sandbox"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import reconcileVNPayPayments from "../../src/jobs/reconcile-vnpay"
import { VNPAY_MODULE } from "../../src/modules/vnpay"
import type VNPayModuleService from "../../src/modules/vnpay/service"
import { SECRET, startVNPayForTests, vnpayStore } from "../helpers/vnpay-stack"

let sandbox: Sandbox
let vnpay: VNPay
beforeAll(async () => {
  ;({ sandbox, vnpay } = await startVNPayForTests())
})
afterAll(async () => {
  await sandbox?.close()
})

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../../../backend"),
  testSuite: ({ api, getContainer }) => {
    let store: Awaited<ReturnType<typeof vnpayStore>>
    beforeAll(async () => {
      store = await vnpayStore(getContainer(), api, () => sandbox)
    })
    const ledger = () => getContainer().resolve<VNPayModuleService>(VNPAY_MODULE)

    it("records the attempt with its signed URL before anyone sees it, and refuses VNPay on Medusa's generic route", async () => {
      const cartId = await store.cart()
      const started = await store.startPayment(cartId)
      const params = Object.fromEntries(new URL(started.payment_url).searchParams)
      expect(started.payment_url.startsWith(`${sandbox.url}/paymentv2/vpcpay.html?`)).toBe(true)
      expect(verifyParams(params, SECRET)).toBe(true)
      expect(Number(params.vnp_Amount)).toBe(started.amount * 100)
      expect(params).toMatchObject({ vnp_BankCode: "VNPAYQR", vnp_IpAddr: "113.161.1.1", vnp_TxnRef: started.txn_ref })
      const attempt = await store.attempt(started.txn_ref)
      expect(attempt).toMatchObject({
        status: "pending",
        resource_id: cartId,
        amount: started.amount,
        create_date: params.vnp_CreateDate,
      })

      const { data: cart } = await api.get(`/store/carts/${cartId}`, { headers: store.headers })
      const refused = await api
        .post(
          `/store/payment-collections/${cart.cart.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_vnpay_vnpay", data: { attempt: { txn_ref: "FORGED" } } },
          { headers: store.headers }
        )
        .catch((e: { response: { status: number; data: { message: string } } }) => e.response)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("/store/vnpay/payments")
    })

    it("answers the IPN before the order exists; the subscriber then makes the order", async () => {
      const cartId = await store.cart()
      const { payment_url, txn_ref } = await store.startPayment(cartId)
      const returned = await store.pay(payment_url, "success")
      const before = await api.get(`/store/vnpay/return${returned}`, { headers: store.headers })
      expect(before.data).toMatchObject({ status: "pending", txn_ref, order_id: null })

      // querydr (made while completing the cart) answers slowly: the IPN must not wait for it.
      sandbox.configure({ apiDelayMs: 1500 })
      const started = Date.now()
      expect(await store.ipn(returned)).toEqual({ RspCode: "00", Message: "Confirm Success" })
      const answeredIn = Date.now() - started
      const atAnswer = await store.ordersOf(cartId)
      sandbox.configure({ apiDelayMs: 0 })
      expect(answeredIn).toBeLessThan(1500)
      expect(atAnswer).toHaveLength(0)
      expect((await store.attempt(txn_ref)).status).toBe("paid")
      const during = await api.get(`/store/vnpay/return${returned}`, { headers: store.headers })
      expect(during.data).toMatchObject({ status: "paid", order_id: null })

      const orders = await store.until(
        () => store.ordersOf(cartId),
        (o) => o.length > 0
      )
      expect(orders).toHaveLength(1)
      const after = await store.until<{ data: { order_id?: string } }>(
        () => api.get(`/store/vnpay/return${returned}`, { headers: store.headers }),
        (r) => !!r.data.order_id
      )
      expect(after.data).toMatchObject({ status: "paid", order_id: orders[0].order_id })
      const { payments, captures } = await store.vnpayPaymentsOf(txn_ref)
      expect(payments).toHaveLength(1)
      expect(captures).toHaveLength(1)
      expect((payments[0].data as { transaction_no?: string }).transaction_no).toMatch(/^\d+$/)
    })

    it("settles 50 concurrent duplicate IPNs exactly once", async () => {
      const cartId = await store.cart()
      const { payment_url, txn_ref } = await store.startPayment(cartId)
      const returned = await store.pay(payment_url, "success")
      const replies = await Promise.all(Array.from({ length: 50 }, () => store.ipn(returned)))
      const codes = replies.map((r) => r.RspCode)
      expect(codes.filter((c) => c === "00")).toHaveLength(1)
      expect(codes.filter((c) => c === "02")).toHaveLength(49)
      await store.until(
        () => store.attempt(txn_ref),
        (a) => a.status === "completed"
      )
      expect(await store.ordersOf(cartId)).toHaveLength(1)
      const { payments, captures } = await store.vnpayPaymentsOf(txn_ref)
      expect(payments).toHaveLength(1)
      expect(captures).toHaveLength(1)
    })

    it("answers 04 to a signed IPN with the wrong amount, 97 to a bad signature, 01 to an unknown TxnRef; nothing changes", async () => {
      const cartId = await store.cart()
      const { txn_ref, amount } = await store.startPayment(cartId)
      const cheap = vnpay.testHelpers.signedReturnQuery({ txnRef: txn_ref, amount: amount / 1000 })
      expect(await store.ipn(`?${cheap}`)).toMatchObject({ RspCode: "04", Message: "invalid amount" })
      const forged = vnpay.testHelpers.signedReturnQuery({ txnRef: txn_ref, amount })
      forged.set("vnp_SecureHash", "0".repeat(128))
      expect(await store.ipn(`?${forged}`)).toMatchObject({ RspCode: "97" })
      const unknown = vnpay.testHelpers.signedReturnQuery({ txnRef: "CUNKNOWN0001", amount: 100000 })
      expect(await store.ipn(`?${unknown}`)).toMatchObject({ RspCode: "01", Message: "Order not found" })
      expect((await store.attempt(txn_ref)).status).toBe("pending")
      expect(await store.ordersOf(cartId)).toHaveLength(0)
    })

    it("keeps the cart after a cancelled payment; paying again makes the order", async () => {
      const cartId = await store.cart()
      const first = await store.startPayment(cartId)
      const cancelled = await store.pay(first.payment_url, "cancel")
      expect(await store.ipn(cancelled)).toMatchObject({ RspCode: "00" })
      expect(await store.ipn(cancelled)).toMatchObject({ RspCode: "02" })
      const state = await api.get(`/store/vnpay/return${cancelled}`, { headers: store.headers })
      expect(state.data).toMatchObject({ status: "failed", response_code: "24" })
      expect(state.data.message.vi).toContain("hủy")

      const second = await store.startPayment(cartId, "VNBANK")
      expect(second.txn_ref).not.toBe(first.txn_ref)
      expect(await store.ipn(await store.pay(second.payment_url, "success"))).toMatchObject({ RspCode: "00" })
      await store.until(
        () => store.ordersOf(cartId),
        (o) => o.length > 0
      )
      expect(await store.ordersOf(cartId)).toHaveLength(1)
    })

    it("settles a success that arrives after a recorded failure (not 02), into an order", async () => {
      const cartId = await store.cart()
      const { payment_url, txn_ref, amount } = await store.startPayment(cartId)
      const failure = vnpay.testHelpers.signedReturnQuery({
        txnRef: txn_ref,
        amount,
        responseCode: "11",
        transactionStatus: "02",
      })
      expect(await store.ipn(`?${failure}`)).toMatchObject({ RspCode: "00" })
      expect((await store.attempt(txn_ref)).status).toBe("failed")
      expect(await store.ipn(await store.pay(payment_url, "success"))).toMatchObject({ RspCode: "00" })
      const done = await store.until(
        () => store.attempt(txn_ref),
        (a) => a.status === "completed"
      )
      expect(done.status).toBe("completed")
      expect(await store.ordersOf(cartId)).toHaveLength(1)
    })

    it("sends reversed (04) and suspected-fraud (07) payments to review, not to failed, and makes no order", async () => {
      for (const result of ["reversed", "fraud"] as const) {
        const cartId = await store.cart()
        const { payment_url, txn_ref } = await store.startPayment(cartId)
        const returned = await store.pay(payment_url, result)
        expect(await store.ipn(returned)).toMatchObject({ RspCode: "00" })
        const attempt = await store.attempt(txn_ref)
        expect(attempt).toMatchObject({
          status: "review",
          reason: result === "reversed" ? "reversed" : "suspected_fraud",
        })
        const state = await api.get(`/store/vnpay/return${returned}`, { headers: store.headers })
        expect(state.data.status).toBe("review")
        expect(await store.ordersOf(cartId)).toHaveLength(0)
      }
      const { data } = await api.get("/admin/vnpay/attempts", { headers: await createAdminUser(getContainer(), api) })
      expect(
        data.vnpay_attempts.filter((a: { status: string }) => a.status === "review").length
      ).toBeGreaterThanOrEqual(2)
    })

    it("creates the order from querydr when the IPN is lost", async () => {
      const cartId = await store.cart()
      const { payment_url, txn_ref } = await store.startPayment(cartId)
      await store.pay(payment_url, "success")
      expect(await store.ordersOf(cartId)).toHaveLength(0)
      await reconcileVNPayPayments(getContainer())
      expect(await store.ordersOf(cartId)).toHaveLength(1)
      expect((await store.attempt(txn_ref)).source).toBe("querydr")
    })

    it("finishes a paid attempt whose order was never made (server killed after answering the IPN)", async () => {
      const cartId = await store.cart()
      const { payment_url, txn_ref, amount } = await store.startPayment(cartId)
      await store.pay(payment_url, "success")
      // The state a kill between the answer and the order leaves: the outcome recorded, the
      // event gone with the process. (The browser suite kills a real server at that point.)
      const attempt = await store.attempt(txn_ref)
      await ledger().transition(attempt.id, {
        from: ["pending"],
        to: "paid",
        event: "outcome",
        patch: { outcome_at: new Date(0), transaction_no: "12345678" },
      })
      expect(amount).toBe(Number(attempt.amount))
      expect(await store.ordersOf(cartId)).toHaveLength(0)
      await reconcileVNPayPayments(getContainer())
      expect(await store.ordersOf(cartId)).toHaveLength(1)
      expect((await store.attempt(txn_ref)).status).toBe("completed")
    })

    it("shows the operator one attempt with every field and its history in time order; 404 for an unknown id", async () => {
      const headers = await createAdminUser(getContainer(), api)
      const cartId = await store.cart()
      const { payment_url, txn_ref } = await store.startPayment(cartId)
      expect(await store.ipn(await store.pay(payment_url, "reversed"))).toMatchObject({ RspCode: "00" })
      const { id } = await store.attempt(txn_ref)
      // Written last but dated first: the answer must follow created_at, not insertion order.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg("vnpay_attempt_event").insert({
        id: "vnpae_early",
        attempt_id: id,
        type: "note",
        to_status: "pending",
        created_at: new Date(0),
      })

      const { data } = await api.get(`/admin/vnpay/attempts/${id}`, { headers })
      expect(data.vnpay_attempt).toMatchObject({
        id,
        txn_ref,
        resource_id: cartId,
        status: "review",
        reason: "reversed",
        payment_url,
        order_id: null,
      })
      type Event = { type: string; from_status: string | null; to_status: string; created_at: string }
      const events = data.vnpay_attempt.events as Event[]
      expect(events.slice(0, 3).map((e) => [e.type, e.from_status, e.to_status])).toEqual([
        ["note", null, "pending"],
        ["created", null, "pending"],
        ["outcome", "pending", "review"],
      ])
      const times = events.map((e) => Date.parse(e.created_at))
      expect(times).toEqual([...times].sort((a, b) => a - b))

      const unknown = await api
        .get("/admin/vnpay/attempts/vnpat_unknown", { headers })
        .catch((e: { response: { status: number; data: { type: string; message: string } } }) => e.response)
      expect(unknown.status).toBe(404)
      expect(unknown.data).toMatchObject({ type: "not_found", message: "VNPay attempt vnpat_unknown was not found" })
      const anonymous = await api
        .get(`/admin/vnpay/attempts/${id}`)
        .catch((e: { response: { status: number } }) => e.response)
      expect(anonymous.status).toBe(401)
    })
  },
})
