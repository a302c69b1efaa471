import { useHydrated } from "~/lib/use-hydrated"
import { useT } from "~/lib/use-t"

/** "In" opens the browser's print dialog; before the page has JavaScript, how to print instead. */
export function PrintButton() {
  const t = useT()
  const hydrated = useHydrated()
  if (!hydrated) {
    return <p className="muted small">{t("sellerTrace.labels.print_hint")}</p>
  }
  return (
    <p>
      <button type="button" className="button button-primary button-wide" onClick={() => window.print()}>
        {t("sellerTrace.labels.print")}
      </button>
    </p>
  )
}
