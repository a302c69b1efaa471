import path from "node:path"
import { startBankSandbox } from "@choso/bank-sandbox"
import { setupStore } from "@choso/seed/setup"
import { createAdminUser } from "@choso/seed/testing"
import { type Sandbox, startSandbox } from "@choso/vnpay/sandbox"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readVietQr } from "../../src/lib/vietqr"
import { CASES, phoneRoutes, vendorRoutes } from "../helpers/stall-scoping"
import { createVendor, db, HMAC_SECRET, marketApi, readEvents, sepayDelivery, type Vendor } from "../helpers/stalls"

let vnpaySandbox: Sandbox
const VNPAY_SECRET = "integration-vnpay-secret-0123456789"

// medusa-config reads these when the runner boots the app: set them first.
beforeAll(async () => {
  process.env.SEPAY_WEBHOOK_HMAC_SECRET = HMAC_SECRET
  vnpaySandbox = await startSandbox({ tmnCode: "TESTTMN2", hashSecret: VNPAY_SECRET, ipn: { mode: "lost" } })
  Object.assign(process.env, {
    VNPAY_TMN_CODE: "TESTTMN2",
    VNPAY_HASH_SECRET: VNPAY_SECRET,
    VNPAY_URL: `${vnpaySandbox.url}/paymentv2/vpcpay.html`,
    VNPAY_RETURN_URL: "http://localhost:3000/thanh-toan/vnpay",
  })
})
afterAll(async () => {
  await vnpaySandbox?.close()
})

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../../../backend"),
  testSuite: ({ api, getContainer }) => {
    let market: ReturnType<typeof marketApi>
    let a: Vendor
    let b: Vendor
    let bank: { url: string; close(): Promise<void> }
    let backendUrl: string

    beforeAll(async () => {
      await setupStore(getContainer())
      const admin = await createAdminUser(getContainer(), api)
      backendUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL.replace(/\/$/, "")
      market = marketApi(api as never, admin, backendUrl)
      const created = await market.asAdmin("post", "/admin/markets", {
        code: "CM-P2",
        name: "Chợ Phường 2",
        province_code: "96",
        ward_code: "31825",
        address: "Đường Phan Ngọc Hiển, Cà Mau",
      })
      expect(created.status).toBe(201)
      a = await createVendor(market, created.data.market.id)
      b = await createVendor(market, created.data.market.id)
      bank = await startBankSandbox({ port: 0, webhookUrl: `${backendUrl}/hooks/sepay`, hmacSecret: HMAC_SECRET })
    })
    afterAll(async () => {
      await bank?.close()
    })

    const ask = async (v: Vendor, amount: number, rail = "vietqr") => {
      const reply = await market.asPhone(v.device_token, "post", "/stall/payment-requests", { amount, rail })
      expect(reply.status).toBe(201)
      return reply.data.request
    }
    const bankPays = async (body: Record<string, unknown>) => {
      const res = await fetch(`${bank.url}/api/transfers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      return (await res.json()) as { transfer: { id: number }; delivery: { status: number; body: unknown } }
    }
    const requestOf = async (id: string) =>
      (await market.asPhone(a.device_token, "get", `/stall/payment-requests/${id}`)).data.request
    const transfersOf = (reference: string) =>
      db(getContainer())("incoming_transfer").where({ reference }).orderBy("created_at")
    const deliver = (fields: Record<string, unknown>, secret?: string) => {
      const { body, headers } = sepayDelivery(fields, secret)
      return market.call("post", "/hooks/sepay", JSON.parse(body), headers)
    }

    it("VietQR: the QR carries the stall's account, amount and reference; the bank sandbox pays it; the live feed says it in words", async () => {
      const request = await ask(a, 200_000)
      expect(request).toMatchObject({ status: "pending", rail: "vietqr", words: "hai trăm nghìn đồng" })
      expect(readVietQr(request.qr_payload)).toEqual({
        bankBin: "970436",
        accountNumber: a.account,
        amount: 200_000,
        reference: request.reference,
      })

      let paidBy: Promise<unknown> | undefined
      const events = await readEvents(
        `${backendUrl}/stall/feed`,
        { "x-stall-device": a.device_token },
        (evs) => evs.some((e) => e.event === "paid" && e.data.request.id === request.id),
        15_000,
        () => {
          paidBy = bankPays({ qr: request.qr_payload })
        }
      )
      const delivery = (await paidBy) as Awaited<ReturnType<typeof bankPays>>
      expect(delivery.delivery).toMatchObject({ status: 200, body: { success: true, outcome: "paid" } })
      const paid = events.find((e) => e.event === "paid")!
      expect(paid.data.request).toMatchObject({ id: request.id, status: "paid", amount: 200_000 })
      expect(paid.data.request.spoken).toBe(`Đã nhận hai trăm nghìn đồng, mã ${request.reference}`)

      const today = await market.asPhone(a.device_token, "get", "/stall/today")
      expect(today.data).toMatchObject({ total_paid: 200_000, count_paid: 1 })
      // The other stall's screen saw nothing of it.
      const other = await market.asPhone(b.device_token, "get", "/stall/events?after=0")
      expect(other.data.events.map((e: { request?: { id: string } }) => e.request?.id)).not.toContain(request.id)
    })

    it("50 deliveries of one bank transaction (SePay retries, at once) → one transfer row, paid once, one feed event", async () => {
      const request = await ask(a, 105_000)
      const { body, headers } = sepayDelivery({
        id: 7_700_001,
        accountNumber: a.account,
        transferAmount: 105_000,
        content: `MBVCB.1234.${request.reference.toLowerCase()}.CT tu 0123`,
      })
      const replies = await Promise.all(
        Array.from({ length: 50 }, () => market.call("post", "/hooks/sepay", JSON.parse(body), headers))
      )
      expect(replies.map((r) => r.status)).toEqual(Array(50).fill(200))
      expect(await transfersOf(request.reference)).toHaveLength(1)
      expect(await requestOf(request.id)).toMatchObject({ status: "paid" })
      const feed = await market.asPhone(a.device_token, "get", "/stall/events?after=0")
      const paidEvents = feed.data.events.filter(
        (e: { type: string; request?: { id: string } }) => e.type === "paid" && e.request?.id === request.id
      )
      expect(paidEvents).toHaveLength(1)
      expect(paidEvents[0].request.spoken).toBe(`Đã nhận một trăm lẻ năm nghìn đồng, mã ${request.reference}`)
    })

    it("200 đ for 200.000 đ, a second transfer for a paid request, no or an unknown reference, after expiry → cần kiểm tra, never paid", async () => {
      const request = await ask(a, 200_000)
      const small = await bankPays({ qr: request.qr_payload, amount: 200 })
      expect(small.delivery).toMatchObject({ status: 200, body: { success: true, outcome: "needs_review" } })
      expect(await requestOf(request.id)).toMatchObject({ status: "pending" })
      const [wrong] = await transfersOf(request.reference)
      expect(wrong).toMatchObject({ outcome: "needs_review", reason: "wrong_amount", stall_id: a.stall_id })
      expect(wrong.raw).toMatchObject({ transferAmount: 200 })

      // The customer then pays the right amount: paid; a second full transfer is for review.
      expect((await bankPays({ qr: request.qr_payload })).delivery.body).toMatchObject({ outcome: "paid" })
      expect((await bankPays({ qr: request.qr_payload })).delivery.body).toMatchObject({ outcome: "needs_review" })
      expect((await transfersOf(request.reference)).map((t: { reason: string | null }) => t.reason)).toEqual([
        "wrong_amount",
        null,
        "already_paid",
      ])

      const none = await deliver({ accountNumber: a.account, transferAmount: 50_000, content: "chuyen tien" })
      expect(none.data).toMatchObject({ success: true, outcome: "needs_review" })
      const unknown = await deliver({ accountNumber: a.account, transferAmount: 50_000, content: "CS99999 ck" })
      expect(unknown.data).toMatchObject({ success: true, outcome: "needs_review" })
      const reasons = await db(getContainer())("incoming_transfer")
        .where({ stall_id: a.stall_id, outcome: "needs_review" })
        .whereNull("reference")
        .pluck("reason")
      expect(reasons).toEqual(expect.arrayContaining(["unknown_reference"]))

      const late = await ask(a, 30_000)
      await db(getContainer())("stall_payment_request")
        .where({ id: late.id })
        .update({ expires_at: new Date(Date.now() - 60_000) })
      const after = await bankPays({ qr: late.qr_payload })
      expect(after.delivery.body).toMatchObject({ outcome: "needs_review" })
      expect((await transfersOf(late.reference))[0]).toMatchObject({ reason: "expired" })
      expect(await requestOf(late.id)).toMatchObject({ status: "pending" })

      // The vendor settles one: the decision is kept, once.
      const open = await market.asPhone(a.device_token, "get", "/stall/reviews?open=true")
      const item = open.data.reviews.find((r: { reason: string }) => r.reason === "wrong_amount")
      const resolved = await market.asPhone(a.device_token, "post", `/stall/reviews/${item.id}`, {
        decision: "returned",
        note: "Đã trả lại 200 đ cho khách",
      })
      expect(resolved.status).toBe(200)
      expect(resolved.data.review).toMatchObject({
        resolution: "returned",
        resolution_note: "Đã trả lại 200 đ cho khách",
      })
      const again = await market.asPhone(a.device_token, "post", `/stall/reviews/${item.id}`, {
        decision: "accepted",
        note: "đổi ý",
      })
      expect(again.status).toBe(400)
    })

    it("a bad signature, a stale timestamp or no authentication → 401 and only a rejection log", async () => {
      const request = await ask(a, 40_000)
      const fields = { accountNumber: a.account, transferAmount: 40_000, content: request.reference }
      const before = Number((await db(getContainer())("market_webhook_rejection").count("* as n"))[0].n)
      expect((await deliver({ ...fields, id: 8_800_001 }, "not-the-secret")).status).toBe(401)
      const stale = sepayDelivery({ ...fields, id: 8_800_002 })
      stale.headers["x-sepay-timestamp"] = String(Math.floor(Date.now() / 1000) - 3600)
      expect((await market.call("post", "/hooks/sepay", JSON.parse(stale.body), stale.headers)).status).toBe(401)
      expect((await market.call("post", "/hooks/sepay", fields, { "content-type": "application/json" })).status).toBe(
        401
      )
      expect(await transfersOf(request.reference)).toHaveLength(0)
      const rejected = await db(getContainer())("market_webhook_rejection").orderBy("created_at", "desc").limit(3)
      expect(rejected.map((r: { reason: string }) => r.reason).sort()).toEqual([
        "bad_signature",
        "missing_signature",
        "stale_timestamp",
      ])
      expect(Number((await db(getContainer())("market_webhook_rejection").count("* as n"))[0].n)).toBe(before + 3)
      expect(await requestOf(request.id)).toMatchObject({ status: "pending" })
    })

    it("VNPay: the QR opens VNPay's page for this request; the signed IPN through the shared URL pays it, owed to the stall's seller", async () => {
      const request = await ask(a, 150_000, "vnpay")
      const url = new URL(request.qr_payload)
      expect(url.searchParams.get("vnp_TxnRef")).toBe(request.reference)
      expect(url.searchParams.get("vnp_Amount")).toBe("15000000")
      const res = await fetch(`${vnpaySandbox.url}/_sandbox/pay`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: request.qr_payload, result: "success" }),
      })
      const { returnUrl } = (await res.json()) as { returnUrl: string }
      const ipn = await api.get(`/hooks/vnpay/ipn${new URL(returnUrl).search}`)
      expect(ipn.data).toMatchObject({ RspCode: "00" })
      let paid = await requestOf(request.id)
      for (let i = 0; i < 100 && paid.status !== "paid"; i++) {
        await new Promise((r) => setTimeout(r, 100))
        paid = await requestOf(request.id)
      }
      expect(paid).toMatchObject({
        status: "paid",
        spoken: `Đã nhận một trăm năm mươi nghìn đồng, mã ${request.reference}`,
      })
      const [owed] = await db(getContainer())("stall_receivable").where({ payment_request_id: request.id })
      expect(owed).toMatchObject({ seller_id: a.seller_id, amount: 150_000, source: "vnpay", paid_out_at: null })
      const attempt = await db(getContainer())("vnpay_attempt").where({ txn_ref: request.reference }).first()
      for (let i = 0; i < 50 && attempt.status !== "completed"; i++) {
        await new Promise((r) => setTimeout(r, 100))
        Object.assign(attempt, await db(getContainer())("vnpay_attempt").where({ txn_ref: request.reference }).first())
      }
      expect(attempt).toMatchObject({ purpose: "stall_payment", status: "completed" })
      // VNPay repeats its IPN: nothing changes, no second receivable.
      expect((await api.get(`/hooks/vnpay/ipn${new URL(returnUrl).search}`)).data.RspCode).toBe("02")
      expect(await db(getContainer())("stall_receivable").where({ payment_request_id: request.id })).toHaveLength(1)

      // The vendor cancelled, but the customer had already paid on VNPay's page: still the stall's money.
      const late = await ask(a, 60_000, "vnpay")
      expect((await market.asPhone(a.device_token, "post", `/stall/payment-requests/${late.id}/cancel`)).status).toBe(
        200
      )
      const paidLate = await fetch(`${vnpaySandbox.url}/_sandbox/pay`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: late.qr_payload, result: "success" }),
      })
      const lateReturn = new URL(((await paidLate.json()) as { returnUrl: string }).returnUrl).search
      expect((await api.get(`/hooks/vnpay/ipn${lateReturn}`)).data.RspCode).toBe("00")
      let settled = await requestOf(late.id)
      for (let i = 0; i < 100 && settled.status !== "paid"; i++) {
        await new Promise((r) => setTimeout(r, 100))
        settled = await requestOf(late.id)
      }
      expect(settled.status).toBe("paid")
      expect(await db(getContainer())("stall_receivable").where({ payment_request_id: late.id })).toHaveLength(1)
    })

    it("a screen that reconnects with Last-Event-ID gets exactly the confirmations it missed", async () => {
      const last = (await market.asPhone(a.device_token, "get", "/stall/events?after=0")).data.last_seq
      const missed = [await ask(a, 21_000), await ask(a, 25_000)]
      for (const r of missed) await bankPays({ qr: r.qr_payload })
      const events = await readEvents(
        `${backendUrl}/stall/feed`,
        { "x-stall-device": a.device_token, "last-event-id": String(last) },
        (evs) => evs.filter((e) => e.event === "paid").length >= 2
      )
      expect(events.filter((e) => e.event === "paid").map((e) => e.data.request.words)).toEqual([
        "hai mươi mốt nghìn đồng",
        "hai mươi lăm nghìn đồng",
      ])
      expect(events.every((e) => e.id > last)).toBe(true)
    })

    it("twenty payments confirmed at once reach an open screen each once, numbered 1 by 1 in order", async () => {
      const batch = await Promise.all(Array.from({ length: 20 }, (_, i) => ask(a, 10_000 + i)))
      const start = (await market.asPhone(a.device_token, "get", "/stall/today")).data.last_seq
      let paying: Promise<unknown> | undefined
      const events = await readEvents(
        `${backendUrl}/stall/feed`,
        { "x-stall-device": a.device_token, "last-event-id": String(start) },
        (evs) => evs.filter((e) => e.event === "paid").length >= 20,
        20_000,
        () => {
          paying = Promise.all(
            batch.map((r, i) =>
              deliver({ id: 9_900_000 + i, accountNumber: a.account, transferAmount: r.amount, content: r.reference })
            )
          )
        }
      )
      await paying
      expect(events.map((e) => e.id)).toEqual(events.map((_, i) => start + 1 + i))
      expect(new Set(events.map((e) => e.data.request.reference))).toEqual(new Set(batch.map((r) => r.reference)))
    })

    it("refuses what a stall cannot ask: amounts out of range, a stall whose account is not verified", async () => {
      for (const [amount, rail] of [
        [999, "vietqr"],
        [4_000, "vnpay"],
        [60_000_000, "vietqr"],
      ] as const) {
        const reply = await market.asPhone(a.device_token, "post", "/stall/payment-requests", { amount, rail })
        expect([reply.status, reply.data.message]).toEqual([400, expect.stringMatching(/Số tiền phải/)])
      }
      const fractional = await market.asPhone(a.device_token, "post", "/stall/payment-requests", {
        amount: 1000.5,
        rail: "vietqr",
      })
      expect(fractional.status).toBe(400)
      const { data } = await market.asAdmin("get", "/admin/markets")
      const unverified = await createVendor(market, data.markets[0].id, { verify: false })
      const closed = await market.asPhone(unverified.device_token, "post", "/stall/payment-requests", {
        amount: 50_000,
        rail: "vietqr",
      })
      expect([closed.status, closed.data.message]).toEqual([400, expect.stringMatching(/xác minh tài khoản/)])
      const mismatch = await market.asAdmin("post", `/admin/stalls/${unverified.stall_id}/verify-account`, {
        holder_name: "TRAN VAN KHAC",
      })
      expect([mismatch.status, mismatch.data.message]).toEqual([400, expect.stringMatching(/không khớp/)])
    })

    it("a member taken off the stall's seller: the phone that member signed in stops at once, the owner's goes on", async () => {
      const owner = { authorization: `Bearer ${a.token}` }
      const email = `phu-quay-${Date.now()}@example.vn`
      expect((await market.call("post", "/vendor/members/invites", { email }, owner)).status).toBe(201)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      let link = ""
      for (let i = 0; i < 50 && !link; i++) {
        const [sent] = await notifications.listNotifications({ to: email })
        link = String(sent?.data?.link ?? "")
        if (!link) await new Promise((r) => setTimeout(r, 100))
      }
      const signUp = await market.call("post", "/auth/seller/emailpass/register", {
        email,
        password: "mat-khau-phu-2026",
      })
      const accepted = await market.call(
        "post",
        "/vendor/invites/accept",
        { token: new URL(link).searchParams.get("token"), name: "Trần Văn Bảy" },
        { authorization: `Bearer ${signUp.data.token}` }
      )
      expect(accepted.status).toBe(201)
      const helper = {
        authorization: `Bearer ${(await market.call("post", "/auth/token/refresh", undefined, { authorization: `Bearer ${signUp.data.token}` })).data.token}`,
      }
      const phone = await market.call("post", "/vendor/market/devices", { label: "Máy của Bảy" }, helper)
      expect(phone.status).toBe(201)
      expect((await market.asPhone(phone.data.token, "get", "/stall/me")).status).toBe(200)

      const removed = await market.call("delete", `/vendor/members/${accepted.data.member.id}`, undefined, owner)
      expect(removed.status).toBe(200)
      let status = 200
      for (let i = 0; i < 50 && status === 200; i++) {
        status = (await market.asPhone(phone.data.token, "get", "/stall/me")).status
        if (status === 200) await new Promise((r) => setTimeout(r, 100))
      }
      expect(status).toBe(401)
      const [row] = await db(getContainer())("stall_device").where({ id: phone.data.device.id })
      expect([row.revoked_at !== null, row.revoked_by]).toEqual([true, accepted.data.member.id])
      expect((await market.asPhone(a.device_token, "get", "/stall/me")).status).toBe(200)
    })

    it("every phone and vendor route is scoped to its own stall: B reaching for A's rows gets its own or 404; no or a revoked token → 401", async () => {
      const routes = [...phoneRoutes(), ...vendorRoutes()]
      expect(routes.filter((r) => !CASES[r])).toEqual([])
      const aRequest = (await ask(a, 70_000)).id
      await deliver({ accountNumber: a.account, transferAmount: 1_000, content: "nham tai khoan" })
      const [review] = await db(getContainer())("incoming_transfer")
        .where({ stall_id: a.stall_id, outcome: "needs_review" })
        .whereNull("resolution")
        .orderBy("created_at", "desc")
      const world = { a, b, aRequest, aReview: review.id }
      for (const route of routes) {
        const reply = await CASES[route].act(world, market)
        await CASES[route].check(reply, world, market)
      }
      for (const route of phoneRoutes()) {
        const [method, url] = route.split(" ")
        const concrete = url.replace(":id", aRequest)
        expect([route, (await market.asPhone(null, method.toLowerCase(), concrete)).status]).toEqual([route, 401])
      }
      // B signs its own phone out: that token stops working at once.
      const revoked = await market.asPhone(b.device_token, "post", `/stall/devices/${b.device_id}/revoke`)
      expect(revoked.status).toBe(200)
      const after = await market.asPhone(b.device_token, "get", "/stall/me")
      expect([after.status, after.data.message]).toEqual([401, expect.stringMatching(/đăng xuất/)])
    })
  },
})
