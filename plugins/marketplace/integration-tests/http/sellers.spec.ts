import path from "node:path"
import { type StoreSetup, setupStore } from "@choso/seed/setup"
import { createAdminUser } from "@choso/seed/testing"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import type SellerModuleService from "../../src/modules/seller/service"
import { PASSWORD, phoneJpeg, productBody, registration, sellerApi, storedSeller } from "../helpers/sellers"
import { vendorScopingTable } from "../helpers/vendor-scoping"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../../../../backend"),
  testSuite: ({ api, getContainer }) => {
    let setup: StoreSetup
    let admin: Record<string, string>
    let sellers: ReturnType<typeof sellerApi>

    beforeAll(async () => {
      setup = await setupStore(getContainer())
      admin = await createAdminUser(getContainer(), api)
      sellers = sellerApi(api as never, setup.publishableKey)
    })

    const operator = (status: string, id: string, reason?: string) =>
      api.post(`/admin/sellers/${id}/status`, { status, reason }, { headers: admin, validateStatus: () => true })
    const storeHandles = async () =>
      (
        (await sellers.store("get", "/store/products?limit=100&fields=handle")).data.products as { handle: string }[]
      ).map((p) => p.handle)

    it("registers a household, the operator approves it, its product with a photo reaches shoppers; suspension hides it", async () => {
      const { call, upload, store } = sellers
      const mai = await sellers.register("mai@example.vn")

      const me = await call("get", "/vendor/me", mai.token)
      expect(me.status).toBe(200)
      expect(me.data.member).toMatchObject({ role: "owner", email: "mai@example.vn" })
      expect(me.data.seller).toMatchObject({
        status: "pending",
        phone: "0912345678",
        bank_account_name: "TRAN THI MAI",
        id_number_masked: "••••••••1234",
        address: { ward_name: "Phường Bạc Liêu", province_name: "Tỉnh Cà Mau" },
      })
      expect(JSON.stringify(me.data)).not.toContain("096185001234")
      const row = await storedSeller(getContainer(), mai.seller_id)
      expect(row.id_number_encrypted).not.toContain("096185001234")
      expect(getContainer().resolve<SellerModuleService>("seller").revealIdNumber(row.id_number_encrypted)).toBe(
        "096185001234"
      )

      const twice = productBody("Hai lần", {
        variants: [
          { title: { vi: "500 g" }, price: 15000, stock: 1 },
          { title: { vi: "500 G " }, price: 16000, stock: 1 },
        ],
      })
      const doubled = await call("post", "/vendor/products", mai.token, twice)
      expect([doubled.status, doubled.data.message]).toEqual([400, expect.stringMatching(/tên khác nhau/)])

      // Pending: drafts yes, shoppers no.
      const draft = await call("post", "/vendor/products", mai.token, productBody())
      expect(draft.status).toBe(201)
      expect(draft.data.product).toMatchObject({ status: "draft", low_stock: true })
      const early = await call("post", `/vendor/products/${draft.data.product.id}/publish`, mai.token, {
        published: true,
      })
      expect(early.status).toBe(403)
      expect(early.data.code).toBe("seller_not_approved")

      const pending = await api.get("/admin/sellers?status=pending", { headers: admin })
      expect(pending.data.sellers.map((s: { id: string }) => s.id)).toContain(mai.seller_id)
      const noReason = await operator("rejected", mai.seller_id, "  ")
      expect(noReason.status).toBe(400)
      const approved = await operator("approved", mai.seller_id)
      expect(approved.status).toBe(200)
      expect(approved.data.seller.status_events.map((e: { to_status: string }) => e.to_status)).toEqual([
        "pending",
        "approved",
      ])
      expect(approved.data.seller.status_events[1]).toMatchObject({ actor_type: "user", actor_id: expect.any(String) })

      // A phone photo: upright WebP in three sizes, no EXIF or GPS left.
      const photo = await upload("/vendor/photos", mai.token, await phoneJpeg(), "IMG_0001.jpg")
      expect(photo.status).toBe(201)
      expect(Object.keys(photo.data.photo.sizes).sort()).toEqual(["1200", "320", "640"])
      const stored = await getContainer()
        .resolve(Modules.FILE)
        .getAsBuffer(path.basename(new URL(photo.data.photo.sizes["1200"]).pathname))
      const meta = await sharp(stored).metadata()
      expect(meta).toMatchObject({ format: "webp", width: 1200, height: 900 })
      expect(meta.exif).toBeUndefined()

      // Well-formed (the schema lets it through), but not a file our upload stored.
      const elsewhere = "http://tracker.example/static/x.webp"
      const foreign = { url: elsewhere, sizes: { "320": elsewhere, "640": elsewhere, "1200": elsewhere } }
      const typed = await call("post", "/vendor/products", mai.token, productBody("Ảnh lạ", { photos: [foreign] }))
      expect([typed.status, typed.data.message]).toEqual([400, expect.stringMatching(/tải ảnh lên lại/)])

      const listed = await call(
        "post",
        `/vendor/products/${draft.data.product.id}`,
        mai.token,
        productBody("Rau muống sạch", {
          photos: [photo.data.photo],
          variants: [
            { ...draftVariant(draft, "500 g"), title: { vi: "500 g" }, price: 16000, stock: 30 },
            { title: { vi: "2 kg", en: "2 kg" }, price: 55000, stock: 8 },
          ],
        })
      )
      expect([listed.status, listed.data.message]).toEqual([200, undefined])
      expect(listed.data.product.thumbnail).toBe(photo.data.photo.sizes["640"])
      expect(
        listed.data.product.variants.map((v: { title: { vi: string }; price: number; stock: number }) => [
          v.title.vi,
          v.price,
          v.stock,
        ])
      ).toEqual([
        ["500 g", 16000, 30],
        ["2 kg", 55000, 8],
      ])
      expect(listed.data.product.variants[0].id).toBe(draftVariant(draft, "500 g").id)
      const published = await call("post", `/vendor/products/${draft.data.product.id}/publish`, mai.token, {
        published: true,
      })
      expect(published.data.product.status).toBe("published")
      const handle = published.data.product.handle
      expect(await storeHandles()).toContain(handle)

      const legal = await store("get", `/store/products/${draft.data.product.id}/seller`)
      expect(legal.data.seller).toMatchObject({
        name: "Hộ kinh doanh Rau Sạch Cô Mai",
        business_registration_number: "96A8012345",
        representative: "Trần Thị Mai",
        phone: "0912345678",
        ward_name: "Phường Bạc Liêu",
        province_name: "Tỉnh Cà Mau",
      })
      expect(JSON.stringify(legal.data)).not.toMatch(/id_number|bank_account/)
      expect((await store("get", `/store/sellers/by-product/${handle}`)).data).toEqual(legal.data)
      const page = await store("get", `/store/sellers/${mai.handle}`)
      expect(page.data.product_ids).toEqual([draft.data.product.id])

      // Suspension: gone from the store at once, back on approval; the seller cannot publish meanwhile.
      expect((await operator("suspended", mai.seller_id, "Giấy tờ hết hạn")).status).toBe(200)
      expect(await storeHandles()).not.toContain(handle)
      expect((await store("get", `/store/sellers/${mai.handle}`)).status).toBe(404)
      const blocked = await call("post", `/vendor/products/${draft.data.product.id}/publish`, mai.token, {
        published: true,
      })
      expect(blocked.status).toBe(403)
      expect((await operator("approved", mai.seller_id)).status).toBe(200)
      expect(await storeHandles()).toContain(handle)
    })

    it("refuses a registration with every problem tied to its field, and writes nothing", async () => {
      const token = await sellers.signUp("sai@example.vn")
      const bad = registration({
        id_number: "12345",
        tax_code: null,
        business_registration_number: null,
        ward_code: "20194", // a ward of Đà Nẵng, not of Cà Mau
        phone: "12345",
        bank_account_number: "12",
      })
      const reply = await sellers.call("post", "/vendor/sellers", token, bad)
      expect(reply.status).toBe(400)
      expect(reply.data.issues.map((i: { field: string }) => i.field).sort()).toEqual(
        ["bank_account_number", "id_number", "phone", "tax_code", "ward_code"].sort()
      )
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      expect(await knex("seller").where({ email: "raucomai@example.vn", name: "x" })).toHaveLength(0)
      expect((await sellers.call("get", "/vendor/me", await sellers.refresh(token))).status).toBe(401)
    })

    it("resets a forgotten password through a sent message; a staff member joins by invitation and cannot touch the bank account", async () => {
      const { call } = sellers
      const owner = await sellers.register("chu@example.vn", {
        name: "Hợp tác xã Ong Mật Thử",
        kind: "cooperative",
        legal_form: "organisation",
        tax_code: "2000123456",
      })
      const notifications = getContainer().resolve(Modules.NOTIFICATION)

      expect(
        (await call("post", "/auth/seller/emailpass/reset-password", null, { identifier: "chu@example.vn" })).status
      ).toBe(201)
      const reset = await waitFor(async () =>
        (await notifications.listNotifications({ to: "chu@example.vn" })).find(
          (n) => n.template === "seller-password-reset"
        )
      )
      const link = new URL(String(reset.data?.link))
      expect(link.pathname).toBe("/kenh-nguoi-ban/dat-lai-mat-khau")
      const changed = await call("post", "/auth/seller/emailpass/update", link.searchParams.get("token"), {
        email: "chu@example.vn",
        password: "mat-khau-moi-2026",
      })
      expect(changed.status).toBe(200)
      expect(
        (await call("post", "/auth/seller/emailpass", null, { email: "chu@example.vn", password: PASSWORD })).status
      ).toBe(401)
      expect(
        (await call("post", "/auth/seller/emailpass", null, { email: "chu@example.vn", password: "mat-khau-moi-2026" }))
          .status
      ).toBe(200)

      const invited = await call("post", "/vendor/members/invites", owner.token, { email: "nhanvien@example.vn" })
      expect(invited.status).toBe(201)
      const message = await waitFor(async () =>
        (await notifications.listNotifications({ to: "nhanvien@example.vn" })).find(
          (n) => n.template === "seller-invite"
        )
      )
      const inviteToken = new URL(String(message.data?.link)).searchParams.get("token")
      const staffSignUp = await sellers.signUp("nhanvien@example.vn")
      const accepted = await call("post", "/vendor/invites/accept", staffSignUp, {
        token: inviteToken,
        name: "Lê Văn Tư",
      })
      expect(accepted.status).toBe(201)
      const again = await call("post", "/vendor/invites/accept", await sellers.signUp("khac@example.vn"), {
        token: inviteToken,
        name: "X",
      })
      expect(again.status).toBe(400)
      const staff = await sellers.refresh(staffSignUp)
      expect((await call("get", "/vendor/me", staff)).data.member).toMatchObject({ role: "staff" })
      const bank = await call("post", "/vendor/me", staff, { bank_account_number: "999999999" })
      expect(bank.status).toBe(403)
      expect(bank.data.code).toBe("seller_owner_only")
      expect((await call("post", "/vendor/me", staff, { story_vi: "Mật ong rừng tràm" })).status).toBe(200)
      const elsewhere = await call("post", "/vendor/me", owner.token, { province_code: "48", ward_code: "31825" })
      expect([elsewhere.status, elsewhere.data.message]).toEqual([400, expect.stringMatching(/phường\/xã/i)])
      const moved = await call("post", "/vendor/me", owner.token, {
        ward_code: "32047",
        address_line: "Ấp 7, rừng tràm",
      })
      expect(moved.status).toBe(200)
      const { data: located } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "seller",
          fields: ["stock_locations.address.address_1", "stock_locations.address.city"],
          filters: { id: owner.seller_id },
        })
      expect((located[0] as { stock_locations: { address: object }[] }).stock_locations[0].address).toMatchObject({
        address_1: "Ấp 7, rừng tràm",
        city: "32047",
      })
      expect((await call("post", "/vendor/members/invites", staff, { email: "x@example.vn" })).status).toBe(403)
      const { seller } = (await call("get", "/vendor/me", owner.token)).data
      expect(seller).toMatchObject({ bank_account_number: "0071000123456", story_vi: "Mật ong rừng tràm" })

      // The staff member leaves: only the owner removes, never the owner; access ends at once.
      const members = (await call("get", "/vendor/members", owner.token)).data.members as { id: string; role: string }[]
      const ownerId = members.find((m) => m.role === "owner")!.id
      const staffId = members.find((m) => m.role === "staff")!.id
      expect((await call("delete", `/vendor/members/${ownerId}`, staff)).status).toBe(403)
      const self = await call("delete", `/vendor/members/${ownerId}`, owner.token)
      expect([self.status, self.data.message]).toEqual([400, expect.stringMatching(/tự xoá/)])
      const removed = await call("delete", `/vendor/members/${staffId}`, owner.token)
      expect([removed.status, removed.data]).toEqual([200, { id: staffId, object: "seller_member", deleted: true }])
      expect((await call("get", "/vendor/me", staff)).status).toBe(401)
      expect((await call("get", "/vendor/members", owner.token)).data.members).toHaveLength(1)
      // The sign-in is unbound: the person may join a seller again by a new invitation.
      const back = await call("post", "/vendor/members/invites", owner.token, { email: "nhanvien@example.vn" })
      expect([back.status, back.data.message]).toEqual([201, undefined])
      const second = await waitFor(async () =>
        (await notifications.listNotifications({ to: "nhanvien@example.vn" })).find(
          (n) => n.template === "seller-invite" && n.data?.link !== message.data?.link
        )
      )
      const signedIn = await call("post", "/auth/seller/emailpass", null, {
        email: "nhanvien@example.vn",
        password: PASSWORD,
      })
      const rejoined = await call("post", "/vendor/invites/accept", signedIn.data.token, {
        token: new URL(String(second.data?.link)).searchParams.get("token"),
        name: "Lê Văn Tư",
      })
      expect([rejoined.status, rejoined.data.message]).toEqual([201, undefined])
    })

    it("refuses files that are not photos, truncated or bombs with a reason, storing nothing", async () => {
      const mai = await sellers.register("anh@example.vn")
      const files = (dir: string) =>
        import("node:fs").then((fs) => (fs.existsSync(dir) ? fs.readdirSync(dir).length : 0))
      // The local file provider writes under the process's working directory.
      const staticDir = path.resolve(process.cwd(), "static")
      const before = await files(staticDir)
      const jpeg = await phoneJpeg(800, 600)
      const cases: [string, Buffer, string][] = [
        ["hoa-don.jpg", Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"), "not_an_image"],
        ["cat-do.jpg", jpeg.subarray(0, Math.floor(jpeg.length / 2)), "truncated"],
        ["bom.png", await pngBomb(), "too_many_pixels"],
      ]
      for (const [name, bytes, reason] of cases) {
        const reply = await sellers.upload("/vendor/photos", mai.token, bytes, name)
        expect([name, reply.status, reply.data.reason]).toEqual([name, 400, reason])
        expect(reply.data.message).toMatch(/ả|ệ|ộ/)
      }
      expect(await files(staticDir)).toBe(before)
    })

    it("keeps every /vendor route to the signed-in seller's own rows (table over the route list)", async () => {
      await vendorScopingTable({ api, getContainer, sellers: () => sellers, operator })
    })
  },
})

function draftVariant(
  draft: { data: { product: { variants: { id: string; title: { vi: string } }[] } } },
  label: string
) {
  const variant = draft.data.product.variants.find((v) => v.title.vi === label)
  if (!variant) throw new Error(`no variant ${label}`)
  return { id: variant.id }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > until) throw new Error("waited in vain")
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** A real PNG whose header says 20,000 × 20,000 pixels: the pipeline must refuse it before decoding. */
async function pngBomb(): Promise<Buffer> {
  const { deflateSync, crc32 } = await import("node:zlib")
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8)
    head.writeUInt32BE(data.length, 0)
    head.write(type, 4, "latin1")
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, "latin1"), data])) >>> 0, 0)
    return Buffer.concat([head, data, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(20_000, 0)
  ihdr.writeUInt32BE(20_000, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // greyscale
  const rows = deflateSync(Buffer.alloc(20_001 * 64))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", rows),
    chunk("IEND", Buffer.alloc(0)),
  ])
}
