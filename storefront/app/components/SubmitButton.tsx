import type { ButtonHTMLAttributes, ReactNode } from "react"
import { useNavigation } from "react-router"
import { useT } from "~/lib/use-t"

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "name" | "value"> {
  children: ReactNode
  /** Sent as `intent`; the button shows its pending state only for a submission with this intent. */
  intent?: string
  /** Further form fields that must match for this button to be the pending one (e.g. a line id). */
  match?: Record<string, string>
}

/** A submit button that disables itself and says "Đang xử lý…" while its form is being handled. */
export function SubmitButton({ children, intent, match, disabled, className, ...rest }: Props) {
  const navigation = useNavigation()
  const t = useT()
  const formData = navigation.formData
  const pending =
    navigation.state !== "idle" &&
    formData !== undefined &&
    (intent === undefined || formData.get("intent") === intent) &&
    Object.entries(match ?? {}).every(([name, value]) => formData.get(name) === value)
  return (
    <button
      {...rest}
      type="submit"
      name={intent === undefined ? undefined : "intent"}
      value={intent}
      className={className ?? "button"}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
    >
      {pending ? t("common.processing") : children}
    </button>
  )
}
