/**
 * A4 sheets of lot labels: where each label sits (mm from the sheet's top-left corner, from
 * LABEL_SIZES) and the stylesheet that places them. Positions go in a generated stylesheet, not
 * inline styles: the production CSP allows only the storefront's own style files.
 */
import { A4_MM, LABEL_COUNT_MAX, LABEL_SIZES } from "@choso/trace-rules"
import type { LabelSize } from "./seller-trace-types"

export const LABEL_SIZE_NAMES = Object.keys(LABEL_SIZES) as LabelSize[]

type SizeSpec = (typeof LABEL_SIZES)[LabelSize]

export interface LabelSlot {
  /** 0-based position of the label in the whole run. */
  index: number
  /** 0-based position on its sheet: the stylesheet's `slot-N` class. */
  slot: number
  column: number
  row: number
  leftMm: number
  topMm: number
}

export function isLabelSize(value: unknown): value is LabelSize {
  return typeof value === "string" && Object.hasOwn(LABEL_SIZES, value)
}

export function labelsPerSheet(size: LabelSize): number {
  const spec = LABEL_SIZES[size]
  return spec.columns * spec.rows
}

const mm = (value: number) => Math.round(value * 100) / 100

function slotPosition(spec: SizeSpec, slot: number): Omit<LabelSlot, "index" | "slot"> {
  const column = slot % spec.columns
  const row = Math.floor(slot / spec.columns)
  return {
    column,
    row,
    leftMm: mm(spec.marginLeftMm + column * (spec.widthMm + spec.gapXmm)),
    topMm: mm(spec.marginTopMm + row * (spec.heightMm + spec.gapYmm)),
  }
}

/** `count` labels filled row by row, a new sheet every columns × rows labels. */
export function labelSheets(size: LabelSize, count: number): LabelSlot[][] {
  const spec = LABEL_SIZES[size]
  const perSheet = labelsPerSheet(size)
  const sheets: LabelSlot[][] = []
  for (let index = 0; index < count; index++) {
    const slot = index % perSheet
    if (slot === 0) sheets.push([])
    sheets[sheets.length - 1]?.push({ index, slot, ...slotPosition(spec, slot) })
  }
  return sheets
}

/** The count asked for, or an error key: a whole number from 1 to LABEL_COUNT_MAX. */
export function parseLabelCount(value: string | null): number | "invalid" | null {
  if (value === null || value.trim() === "") return null
  const text = value.trim()
  if (!/^\d{1,4}$/.test(text)) return "invalid"
  const n = Number(text)
  return n >= 1 && n <= LABEL_COUNT_MAX ? n : "invalid"
}

/** The stylesheet of the sheets: A4 pages with no margin, each size's label box and every slot's place. */
export function labelSheetCss(): string {
  const rules: string[] = [
    "@page { size: A4; margin: 0; }",
    `.label-sheet { position: relative; width: ${A4_MM.width}mm; height: ${A4_MM.height}mm; overflow: hidden; }`,
    ".label-sheet + .label-sheet { break-before: page; }",
  ]
  for (const size of LABEL_SIZE_NAMES) {
    const spec = LABEL_SIZES[size]
    rules.push(`.label-${size} { position: absolute; width: ${spec.widthMm}mm; height: ${spec.heightMm}mm; }`)
    for (let slot = 0; slot < labelsPerSheet(size); slot++) {
      const { leftMm, topMm } = slotPosition(spec, slot)
      rules.push(`.label-${size}.slot-${slot} { left: ${leftMm}mm; top: ${topMm}mm; }`)
    }
  }
  return `${rules.join("\n")}\n`
}
