import path from "node:path"
import { routesUnder } from "@choso/seed/testing"
import { type marketApi, type Reply, readEvents, type Vendor } from "./stalls"

const API = path.resolve(__dirname, "../../src/api")

export const phoneRoutes = () => routesUnder(path.join(API, "stall"), "/stall")
export const vendorRoutes = () => routesUnder(path.join(API, "vendor"), "/vendor")

export interface ScopeWorld {
  a: Vendor
  b: Vendor
  /** A's pending request, A's open review item. */
  aRequest: string
  aReview: string
}
type Market = ReturnType<typeof marketApi>
interface Case {
  /** B acts, carrying A's ids wherever the route takes one. */
  act: (w: ScopeWorld, m: Market) => Promise<Reply>
  check: (reply: Reply, w: ScopeWorld, m: Market) => Promise<void>
}

const json = (r: Reply) => JSON.stringify(r.data)
const stillPending = async (w: ScopeWorld, m: Market) =>
  expect((await m.asPhone(w.a.device_token, "get", `/stall/payment-requests/${w.aRequest}`)).data.request.status).toBe(
    "pending"
  )

/**
 * One case per route: stall B's phone (or seller B) reaching for stall A's rows gets its own
 * rows or 404, and A's rows are unchanged. A route without a case fails the suite.
 */
export const CASES: Record<string, Case> = {
  "GET /stall/me": {
    act: (w, m) => m.asPhone(w.b.device_token, "get", "/stall/me"),
    check: async (r, w) => expect(r.data.stall.id).toBe(w.b.stall_id),
  },
  "GET /stall/today": {
    act: (w, m) => m.asPhone(w.b.device_token, "get", "/stall/today"),
    check: async (r, w) => expect(json(r)).not.toContain(w.aRequest),
  },
  "POST /stall/payment-requests": {
    act: (w, m) => m.asPhone(w.b.device_token, "post", "/stall/payment-requests", { amount: 10_000, rail: "vietqr" }),
    check: async (r, w, m) => {
      expect(r.status).toBe(201)
      const mine = await m.asPhone(w.b.device_token, "get", `/stall/payment-requests/${r.data.request.id}`)
      expect(mine.status).toBe(200)
      expect((await m.asPhone(w.a.device_token, "get", `/stall/payment-requests/${r.data.request.id}`)).status).toBe(
        404
      )
    },
  },
  "GET /stall/payment-requests/:id": {
    act: (w, m) => m.asPhone(w.b.device_token, "get", `/stall/payment-requests/${w.aRequest}`),
    check: async (r) => expect(r.status).toBe(404),
  },
  "POST /stall/payment-requests/:id/cancel": {
    act: (w, m) => m.asPhone(w.b.device_token, "post", `/stall/payment-requests/${w.aRequest}/cancel`),
    check: async (r, w, m) => {
      expect(r.status).toBe(404)
      await stillPending(w, m)
    },
  },
  "GET /stall/feed": {
    act: async (w, m) => {
      const base = m.baseUrl
      const events = await readEvents(`${base}/stall/feed`, { "x-stall-device": w.b.device_token }, () => false, 1500)
      return { status: 200, data: events }
    },
    check: async (r, w) => expect(json(r)).not.toContain(w.aRequest),
  },
  "GET /stall/events": {
    act: (w, m) => m.asPhone(w.b.device_token, "get", "/stall/events?after=0"),
    check: async (r, w) => {
      expect(r.status).toBe(200)
      expect(json(r)).not.toContain(w.aRequest)
      expect(json(r)).not.toContain(w.aReview)
    },
  },
  "GET /stall/reviews": {
    act: (w, m) => m.asPhone(w.b.device_token, "get", "/stall/reviews"),
    check: async (r, w) => expect(json(r)).not.toContain(w.aReview),
  },
  "POST /stall/reviews/:id": {
    act: (w, m) =>
      m.asPhone(w.b.device_token, "post", `/stall/reviews/${w.aReview}`, { decision: "accepted", note: "của tôi" }),
    check: async (r, w, m) => {
      expect(r.status).toBe(404)
      const open = await m.asPhone(w.a.device_token, "get", "/stall/reviews?open=true")
      expect(json(open)).toContain(w.aReview)
    },
  },
  "GET /stall/devices": {
    act: (w, m) => m.asPhone(w.b.device_token, "get", "/stall/devices"),
    check: async (r, w) => expect(json(r)).not.toContain(w.a.device_id),
  },
  "POST /stall/devices/:id/revoke": {
    act: (w, m) => m.asPhone(w.b.device_token, "post", `/stall/devices/${w.a.device_id}/revoke`),
    check: async (r, w, m) => {
      expect(r.status).toBe(404)
      expect((await m.asPhone(w.a.device_token, "get", "/stall/me")).status).toBe(200)
    },
  },
  "GET /vendor/market/stalls": {
    act: (w, m) => m.call("get", "/vendor/market/stalls", undefined, { authorization: `Bearer ${w.b.token}` }),
    check: async (r, w) => {
      expect(r.data.stalls.map((s: { id: string }) => s.id)).toEqual([w.b.stall_id])
    },
  },
  "GET /vendor/market/devices": {
    act: (w, m) => m.call("get", "/vendor/market/devices", undefined, { authorization: `Bearer ${w.b.token}` }),
    check: async (r, w) => expect(json(r)).not.toContain(w.a.device_id),
  },
  "POST /vendor/market/devices": {
    act: (w, m) =>
      m.call("post", "/vendor/market/devices", { stall_id: w.a.stall_id }, { authorization: `Bearer ${w.b.token}` }),
    check: async (r) => expect(r.status).toBe(404),
  },
  "POST /vendor/market/devices/:id/revoke": {
    act: (w, m) =>
      m.call("post", `/vendor/market/devices/${w.a.device_id}/revoke`, undefined, {
        authorization: `Bearer ${w.b.token}`,
      }),
    check: async (r, w, m) => {
      expect(r.status).toBe(404)
      expect((await m.asPhone(w.a.device_token, "get", "/stall/me")).status).toBe(200)
    },
  },
}
