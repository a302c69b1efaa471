export type { EpcisEvent, TraceStep } from "@choso/trace-rules"
