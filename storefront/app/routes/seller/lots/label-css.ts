import { labelSheetCss } from "~/lib/label-sheet"

const CSS = labelSheetCss()

/** The label sheets' stylesheet, from LABEL_SIZES (a file of our own origin, as the CSP wants). */
export function loader() {
  return new Response(CSS, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  })
}
