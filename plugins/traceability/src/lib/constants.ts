export const TRACE_MODULE = "trace"

export const TRACE_EVENTS = {
  lotCreated: "trace.lot.created",
  eventRecorded: "trace.event.recorded",
  orderLotsAssigned: "trace.order_lots.assigned",
} as const

export const TRACE_SOURCES = ["app", "capture", "seed", "correction"] as const
export type TraceSource = (typeof TRACE_SOURCES)[number]
