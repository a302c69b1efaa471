import path from "node:path"
import { routesUnder } from "@choso/seed/testing"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { phoneJpeg, productBody, type Reply, type sellerApi } from "./sellers"

type Sellers = ReturnType<typeof sellerApi>
interface World {
  a: { token: string; seller_id: string }
  b: { token: string; seller_id: string; product_id: string; variant_id: string; invite_token: string }
}
interface Case {
  /** What seller A sends, carrying seller B's ids wherever the route takes any. */
  act: (w: World, s: Sellers) => Promise<Reply>
  /** The answer A gets, and that nothing of B's changed (or that only A's rows were touched). */
  check: (reply: Reply, w: World, s: Sellers, db: Db) => Promise<void>
}
type Db = ReturnType<MedusaContainer["resolve"]>

const VENDOR_API = path.resolve(__dirname, "../../src/api/vendor")

/** Every `METHOD /vendor/...` that the plugin's route files export. */
export const vendorRoutes = () => routesUnder(VENDOR_API, "/vendor")

const productOf = async (db: Db, id: string) =>
  (db as never as (t: string) => { where: (q: object) => { first: () => Promise<Record<string, unknown>> } })("product")
    .where({ id })
    .first()

/**
 * One case per route. Bodies are validated strictly (an unknown `seller_id` field is a 400), so
 * the foreign seller id rides in the query, which routes never read; resource ids (products,
 * variants, invitations) go where the route takes them.
 * Adding a /vendor route without a case here fails the suite, so every new
 * route is tried with another seller's ids before it lands.
 */
const CASES: Record<string, Case> = {
  "POST /vendor/sellers": {
    act: (w, s) =>
      s.call("post", "/vendor/sellers", w.a.token, { member_name: "X", seller: { seller_id: w.b.seller_id } }),
    check: async (reply) => expect(reply.status).toBe(400),
  },
  "POST /vendor/invites/accept": {
    act: (w, s) => s.call("post", "/vendor/invites/accept", w.a.token, { token: w.b.invite_token, name: "Kẻ lạ" }),
    check: async (reply, w, s) => {
      expect(reply.status).toBe(400)
      const members = (await s.call("get", "/vendor/members", w.b.token)).data
      expect(members.members).toHaveLength(1)
      expect(members.invites).toHaveLength(1)
    },
  },
  "GET /vendor/me": {
    act: (w, s) => s.call("get", `/vendor/me?seller_id=${w.b.seller_id}`, w.a.token),
    check: async (reply, w) => expect(reply.data.seller.id).toBe(w.a.seller_id),
  },
  "POST /vendor/me": {
    act: (w, s) => s.call("post", `/vendor/me?seller_id=${w.b.seller_id}`, w.a.token, { story_vi: "đổi" }),
    check: async (reply, w, s) => {
      expect(reply.data.seller.id).toBe(w.a.seller_id)
      expect((await s.call("get", "/vendor/me", w.b.token)).data.seller.story_vi).not.toBe("đổi")
    },
  },
  "POST /vendor/me/reapply": {
    act: (w, s) => s.call("post", `/vendor/me/reapply?seller_id=${w.b.seller_id}`, w.a.token),
    check: async (reply, w, s) => {
      expect(reply.status).toBe(400) // A is approved: nothing to re-apply for
      expect((await s.call("get", "/vendor/me", w.b.token)).data.seller.status).toBe("rejected")
    },
  },
  "GET /vendor/products": {
    act: (w, s) => s.call("get", `/vendor/products?seller_id=${w.b.seller_id}`, w.a.token),
    check: async (reply, w, s) => {
      expect(reply.status).toBe(400) // the list takes no seller: an unknown parameter is refused
      const own = (await s.call("get", "/vendor/products", w.a.token)).data.products
      expect(own.map((p: { id: string }) => p.id)).not.toContain(w.b.product_id)
    },
  },
  "POST /vendor/products": {
    act: (w, s) => s.call("post", `/vendor/products?seller_id=${w.b.seller_id}`, w.a.token, productBody("Của A")),
    check: async (reply, w, s) => {
      expect(reply.status).toBe(201)
      const bProducts = (await s.call("get", "/vendor/products", w.b.token)).data.products
      expect(bProducts.map((p: { id: string }) => p.id)).toEqual([w.b.product_id])
    },
  },
  "GET /vendor/products/:id": {
    act: (w, s) => s.call("get", `/vendor/products/${w.b.product_id}`, w.a.token),
    check: async (reply) => expect(reply.status).toBe(404),
  },
  "POST /vendor/products/:id": {
    act: (w, s) => s.call("post", `/vendor/products/${w.b.product_id}`, w.a.token, productBody("Chiếm đoạt")),
    check: async (reply, w, _s, db) => {
      expect(reply.status).toBe(404)
      expect((await productOf(db, w.b.product_id)).title).toBe("Của B")
    },
  },
  "DELETE /vendor/products/:id": {
    act: (w, s) => s.call("delete", `/vendor/products/${w.b.product_id}`, w.a.token),
    check: async (reply, w, _s, db) => {
      expect(reply.status).toBe(404)
      expect((await productOf(db, w.b.product_id)).deleted_at).toBeNull()
    },
  },
  "POST /vendor/products/:id/publish": {
    act: (w, s) => s.call("post", `/vendor/products/${w.b.product_id}/publish`, w.a.token, { published: false }),
    check: async (reply, w, _s, db) => {
      expect(reply.status).toBe(404)
      expect((await productOf(db, w.b.product_id)).status).toBe("published")
    },
  },
  "POST /vendor/photos": {
    act: async (w, s) =>
      s.upload(`/vendor/photos?seller_id=${w.b.seller_id}`, w.a.token, await phoneJpeg(640, 480), "a.jpg"),
    check: async (reply) => expect(reply.status).toBe(201), // a photo belongs to no seller until a product uses it
  },
  "POST /vendor/documents": {
    act: async (w, s) =>
      s.upload(`/vendor/documents?seller_id=${w.b.seller_id}`, w.a.token, await phoneJpeg(640, 480), "cccd.jpg", {
        kind: "id_front",
      }),
    check: async (reply, w, _s, db) => {
      expect(reply.status).toBe(201)
      const rows = await (db as never as (t: string) => { where: (q: object) => Promise<unknown[]> })(
        "seller_document"
      ).where({
        seller_id: w.b.seller_id,
      })
      expect(rows).toHaveLength(0)
    },
  },
  "GET /vendor/members": {
    act: (w, s) => s.call("get", `/vendor/members?seller_id=${w.b.seller_id}`, w.a.token),
    check: async (reply) => {
      expect(reply.data.members.map((m: { email: string }) => m.email)).toEqual(["scope-a@example.vn"])
    },
  },
  "DELETE /vendor/members/:id": {
    act: async (w, s) => {
      const [owner] = (await s.call("get", "/vendor/members", w.b.token)).data.members
      return s.call("delete", `/vendor/members/${owner.id}?seller_id=${w.b.seller_id}`, w.a.token)
    },
    check: async (reply, w, s) => {
      expect(reply.status).toBe(404)
      expect((await s.call("get", "/vendor/members", w.b.token)).data.members).toHaveLength(1)
    },
  },
  "POST /vendor/members/invites": {
    act: (w, s) =>
      s.call("post", `/vendor/members/invites?seller_id=${w.b.seller_id}`, w.a.token, { email: "ai-do@example.vn" }),
    check: async (reply, w, s) => {
      expect(reply.status).toBe(201)
      expect((await s.call("get", "/vendor/members", w.b.token)).data.invites).toHaveLength(1)
    },
  },
}

/** A stolen variant id in an edit of one's own product is "not found" too. */
const EXTRA: Record<string, Case> = {
  "POST /vendor/products/:id (another product's variant)": {
    act: async (w, s) => {
      const own = (await s.call("post", "/vendor/products", w.a.token, productBody("A thật"))).data.product
      const body = productBody("A thật")
      body.variants = [{ ...body.variants[0], id: w.b.variant_id } as never]
      return s.call("post", `/vendor/products/${own.id}`, w.a.token, body)
    },
    check: async (reply, w, s) => {
      expect(reply.status).toBe(404)
      const b = (await s.call("get", `/vendor/products/${w.b.product_id}`, w.b.token)).data.product
      expect(b.variants.map((v: { id: string }) => v.id)).toContain(w.b.variant_id)
    },
  },
}

export async function vendorScopingTable(ctx: {
  api: unknown
  getContainer: () => MedusaContainer
  sellers: () => Sellers
  operator: (status: string, id: string, reason?: string) => Promise<{ status: number }>
}) {
  const s = ctx.sellers()
  const db = ctx.getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
  expect(Object.keys(CASES).sort()).toEqual(vendorRoutes())

  const a = await s.register("scope-a@example.vn", { name: "Người bán A" })
  const b = await s.register("scope-b@example.vn", { name: "Người bán B" })
  await ctx.operator("approved", a.seller_id)
  await ctx.operator("approved", b.seller_id)
  const created = (await s.call("post", "/vendor/products", b.token, productBody("Của B"))).data.product
  await s.call("post", `/vendor/products/${created.id}/publish`, b.token, { published: true })
  await s.call("post", "/vendor/members/invites", b.token, { email: "b-staff@example.vn" })
  const notifications = ctx.getContainer().resolve("notification") as {
    listNotifications: (f: object) => Promise<{ data?: { link?: string } | null }[]>
  }
  const [invite] = await notifications.listNotifications({ to: "b-staff@example.vn" })
  const world: World = {
    a,
    b: {
      ...b,
      product_id: created.id,
      variant_id: created.variants[0].id,
      invite_token: new URL(String(invite?.data?.link)).searchParams.get("token") ?? "",
    },
  }
  // B's status is what A's re-application must not move (set directly: B keeps its published product).
  const knex = db as never as (t: string) => { where: (q: object) => { update: (v: object) => Promise<void> } }
  await knex("seller").where({ id: b.seller_id }).update({ status: "rejected" })

  for (const [name, c] of [...Object.entries(CASES), ...Object.entries(EXTRA)]) {
    const reply = await c.act(world, s)
    try {
      await c.check(reply, world, s, db)
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}\nreply ${reply.status} ${JSON.stringify(reply.data)}`)
    }
  }

  for (const route of vendorRoutes()) {
    const [method, url] = route.split(" ")
    const reply = await s.call(method.toLowerCase(), url.replace(":id", "prod_x"), null, {})
    expect([route, reply.status]).toEqual([route, 401])
  }
}
