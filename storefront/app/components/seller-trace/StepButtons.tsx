import { TRACE_STEPS } from "@choso/trace-rules"
import { Link } from "react-router"
import { lotEventPath } from "~/lib/seller-trace-paths"
import type { TraceStep } from "~/lib/seller-trace-types"
import { STEP_KEYS } from "~/lib/seller-trace-view"
import { useT } from "~/lib/use-t"

/** One big button per step; the step that usually comes next is the primary one. */
export function StepButtons({ lotId, next }: { lotId: string; next: TraceStep | null }) {
  const t = useT()
  return (
    <ul className="trace-steps" role="list">
      {TRACE_STEPS.map((step) => (
        <li key={step}>
          <Link
            to={lotEventPath(lotId, step)}
            className={step === next ? "button button-primary trace-step" : "button button-secondary trace-step"}
            aria-describedby={step === next ? "trace-next-hint" : undefined}
          >
            {t(STEP_KEYS[step])}
          </Link>
        </li>
      ))}
    </ul>
  )
}
