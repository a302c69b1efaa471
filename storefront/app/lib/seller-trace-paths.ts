/** Paths of the seller channel's lots and labels (shared by server and pages). */
import type { LabelSize, TraceStep } from "./seller-trace-types"

export const SELLER_LOTS = "/kenh-nguoi-ban/lo-hang"
export const SELLER_LOT_NEW = "/kenh-nguoi-ban/lo-hang/moi"
export const SELLER_LOT_CAPTURE = "/kenh-nguoi-ban/lo-hang/nhap-epcis"
/** The label sheet's stylesheet, generated from LABEL_SIZES (no inline styles under the CSP). */
export const LABEL_SHEET_CSS = "/kenh-nguoi-ban/lo-hang/tem.css"

const enc = encodeURIComponent

export function lotPath(id: string): string {
  return `${SELLER_LOTS}/${enc(id)}`
}

export function lotEventPath(id: string, step?: TraceStep): string {
  return `${lotPath(id)}/su-kien${step ? `?step=${step}` : ""}`
}

/** The step form holding a recorded event's values, to save its fixed version. */
export function lotEventFixPath(id: string, entryId: string): string {
  return `${lotPath(id)}/su-kien?sua=${enc(entryId)}`
}

export function lotLabelsPath(id: string, choice?: { size: LabelSize; count: number }): string {
  const base = `${lotPath(id)}/tem`
  return choice ? `${base}?size=${choice.size}&count=${choice.count}` : base
}
