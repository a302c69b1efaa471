export declare const TRACE_STEPS: readonly [
  "harvest",
  "processing",
  "packing",
  "inspecting",
  "storing",
  "shipping",
  "receiving",
]
export type TraceStep = (typeof TRACE_STEPS)[number]
export type TraceEventType = "ObjectEvent" | "TransformationEvent"
export interface StepEpcis {
  type: TraceEventType
  bizStep: string
  /** ObjectEvent only: a TransformationEvent has no action. */
  action?: "ADD" | "OBSERVE"
  disposition: string
}
export declare const STEP_EPCIS: Readonly<Record<TraceStep, Readonly<StepEpcis>>>

export interface QuantityElement {
  epcClass: string
  quantity?: number
  uom?: string
}
export interface EpcisPhoto {
  url: string
  sha256: string
  mimeType: string
}
export interface ErrorDeclaration {
  declarationTime: string
  reason?: string
  correctiveEventIDs?: string[]
  [key: string]: unknown
}
/** An EPCIS 2.0 event as this package builds it and the chain stores it (JSON only). */
export interface EpcisEvent {
  type: string
  eventID: string
  eventTime: string
  eventTimeZoneOffset: string
  recordTime?: string
  action?: "ADD" | "OBSERVE" | "DELETE"
  bizStep?: string
  disposition?: string
  epcList?: string[]
  quantityList?: QuantityElement[]
  inputEPCList?: string[]
  inputQuantityList?: QuantityElement[]
  outputEPCList?: string[]
  outputQuantityList?: QuantityElement[]
  transformationID?: string
  readPoint?: { id: string }
  bizLocation?: { id: string }
  errorDeclaration?: ErrorDeclaration
  "choso:step"?: TraceStep
  "choso:placeName"?: string
  "choso:note"?: string
  "choso:photos"?: EpcisPhoto[]
  [key: string]: unknown
}
export declare function stepOfEvent(event: unknown): TraceStep | null

export declare const LOT_UNITS: readonly ["kg", "g", "l", "ml", "chai", "hop", "goi", "cai", "con", "bo"]
export type LotUnit = (typeof LOT_UNITS)[number]
export declare function uomOfUnit(unit: string): string | undefined
export declare function unitOfUom(uom: string | null | undefined): LotUnit | undefined

export declare const LOT_CODE_MAX: 20
export declare const LOT_CODE_PATTERN: RegExp
export declare function isValidLotCode(s: unknown): s is string

export declare function gtinCheckDigit(digitsWithoutCheck: string): number
export declare function isValidGtin(s: unknown): s is string
export declare function toGtin14(s: string): string
export declare function isRestrictedCirculation(gtin14: string): boolean
export declare function isGs1VietnamPrefix(gtin14: string): boolean

export declare const SHORT_CODE_PATTERN: RegExp
export declare function randomShortCode(): string

export declare function digitalLinkPath(gtin14: string, lot: string, expiresOn?: string | null): string
export declare function shortTracePath(code: string): string
export declare function parseDigitalLinkPath(pathname: string): { gtin: string; lot: string } | null

export type LabelSize = "small" | "medium" | "large"
export interface LabelSheet {
  columns: number
  rows: number
  widthMm: number
  heightMm: number
  marginTopMm: number
  marginLeftMm: number
  gapXmm: number
  gapYmm: number
  link: "short" | "digital_link"
}
export declare const A4_MM: Readonly<{ width: 210; height: 297 }>
export declare const LABEL_SIZES: Readonly<Record<LabelSize, Readonly<LabelSheet>>>
export declare const LABEL_COUNT_MAX: 650

export interface TraceLinkLot {
  gtin: string | null
  code: string
  short_code: string
  expires_on?: string | null
}
export declare function traceUriOf(base: string, lot: TraceLinkLot, size?: LabelSize): string

export declare const CHOSO_ID_BASE: "https://choso.vn"
export declare const CHOSO_EPCIS_NAMESPACE: "https://choso.vn/ns/epcis#"
export declare const CHOSO_EPCIS_PREFIX: "choso"
export declare function lotEpcClass(lot: { gtin: string | null; code: string; short_code: string }): string
export declare function wardLocationId(wardCode: string): string
export declare const VIETNAM_TZ_OFFSET: "+07:00"
