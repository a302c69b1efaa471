import { defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminListQuery,
  DeviceBody,
  MarketBody,
  MarketUpdateBody,
  PaymentRequestBody,
  ReviewDecisionBody,
  StallBody,
  StallUpdateBody,
  VerifyAccountBody,
} from "./schemas"
import { stallDeviceAccess } from "./stall/device-auth"

export default defineMiddlewares({
  routes: [
    // The bank's webhook is signed over its exact bytes.
    { method: ["POST"], matcher: "/hooks/sepay", bodyParser: { preserveRawBody: true } },
    { matcher: "/stall/*", middlewares: [stallDeviceAccess] },
    {
      method: ["POST"],
      matcher: "/stall/payment-requests",
      middlewares: [validateAndTransformBody(PaymentRequestBody)],
    },
    { method: ["POST"], matcher: "/stall/reviews/:id", middlewares: [validateAndTransformBody(ReviewDecisionBody)] },
    { method: ["POST"], matcher: "/vendor/market/devices", middlewares: [validateAndTransformBody(DeviceBody)] },
    { method: ["GET"], matcher: "/admin/markets", middlewares: [validateAndTransformQuery(AdminListQuery, {})] },
    { method: ["POST"], matcher: "/admin/markets", middlewares: [validateAndTransformBody(MarketBody)] },
    { method: ["POST"], matcher: "/admin/markets/:id", middlewares: [validateAndTransformBody(MarketUpdateBody)] },
    { method: ["GET"], matcher: "/admin/stalls", middlewares: [validateAndTransformQuery(AdminListQuery, {})] },
    { method: ["POST"], matcher: "/admin/stalls", middlewares: [validateAndTransformBody(StallBody)] },
    { method: ["POST"], matcher: "/admin/stalls/:id", middlewares: [validateAndTransformBody(StallUpdateBody)] },
    {
      method: ["POST"],
      matcher: "/admin/stalls/:id/verify-account",
      middlewares: [validateAndTransformBody(VerifyAccountBody)],
    },
    { method: ["GET"], matcher: "/admin/stall-payments", middlewares: [validateAndTransformQuery(AdminListQuery, {})] },
    {
      method: ["GET"],
      matcher: "/admin/incoming-transfers",
      middlewares: [validateAndTransformQuery(AdminListQuery, {})],
    },
  ],
})
