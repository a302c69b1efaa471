import { Form, useLocation } from "react-router"
import { useLang, useT } from "~/lib/use-t"

/** The shop header's language button, for the vendor screen that has no header. */
export function LangSwitch() {
  const t = useT()
  const lang = useLang()
  const location = useLocation()
  const other = lang === "vi" ? "en" : "vi"
  return (
    // A whole new page: the browser holds only the current language's strings.
    <Form method="post" action="/ngon-ngu" className="stall-lang" reloadDocument>
      <input type="hidden" name="redirect_to" value={location.pathname + location.search} />
      <button
        type="submit"
        name="lang"
        value={other}
        className="link-button"
        lang={other}
        aria-label={t("lang.switch_label")}
      >
        {t("lang.other")}
      </button>
    </Form>
  )
}
