import { AMOUNT_LIMITS, QUICK_AMOUNTS } from "@choso/market-rules"
import { useRef, useState } from "react"
import { Form } from "react-router"
import { DefaultSubmit } from "~/components/DefaultSubmit"
import { SubmitButton } from "~/components/SubmitButton"
import {
  type AmountProblem,
  amountOf,
  amountProblem,
  DIGIT_KEYS,
  digitsFromInput,
  formatDong,
  groupDigits,
  type KeypadKey,
  pressKey,
} from "~/lib/stall-keypad"
import type { PaymentRail } from "~/lib/stall-types"
import { useHydrated } from "~/lib/use-hydrated"
import { useT } from "~/lib/use-t"

/** Holding ⌫ this long clears the whole amount. */
const LONG_PRESS_MS = 600

const KEY_ROWS: KeypadKey[][] = [
  [DIGIT_KEYS[0], DIGIT_KEYS[1], DIGIT_KEYS[2]],
  [DIGIT_KEYS[3], DIGIT_KEYS[4], DIGIT_KEYS[5]],
  [DIGIT_KEYS[6], DIGIT_KEYS[7], DIGIT_KEYS[8]],
  ["000", "0", "back"],
]

interface Props {
  digits: string
  rail: PaymentRail
  /** The server's refusal (no-JS check, or the backend's message). */
  problem?: AmountProblem
  error?: string
}

/**
 * The amount, the keypad, the quick amounts, the rail and "Tạo mã QR". Without JavaScript it is a
 * plain form: the numeric input is typed into, and each key posts the form (the action adds the
 * digit and shows the page again). With JavaScript the keys change the amount on the phone.
 */
export function AmountPad({ digits: initialDigits, rail: initialRail, problem: serverProblem, error }: Props) {
  const t = useT()
  const hydrated = useHydrated()
  const [digits, setDigits] = useState(initialDigits)
  const [rail, setRail] = useState<PaymentRail>(initialRail)
  const pressTimer = useRef<number | undefined>(undefined)
  const longPressed = useRef(false)

  const amount = amountOf(digits)
  const problem = hydrated ? amountProblem(rail, amount) : (serverProblem ?? null)
  const limits = AMOUNT_LIMITS[rail]
  const problemText = problem
    ? t(`stall.pad.problem.${problem}`, { min: formatDong(limits.min), max: formatDong(limits.max) })
    : null

  const press = (key: KeypadKey) => setDigits((current) => pressKey(current, key))
  const keyLabel = (key: KeypadKey) => (key === "back" ? "⌫" : key)
  const keyName = (key: KeypadKey) =>
    key === "back" ? t("stall.pad.key_back") : key === "000" ? t("stall.pad.key_000") : key

  const cancelLongPress = () => {
    window.clearTimeout(pressTimer.current)
    pressTimer.current = undefined
  }

  return (
    <Form method="post" className="stall-pad" aria-labelledby="stall-pad-title">
      <DefaultSubmit intent="create" />
      <h2 id="stall-pad-title" className="visually-hidden">
        {t("stall.pad.title")}
      </h2>
      {hydrated ? (
        <>
          <output className="stall-amount" data-testid="stall-amount" aria-live="polite" aria-atomic="true">
            {formatDong(amount)}
          </output>
          <input type="hidden" name="amount" value={digits} />
        </>
      ) : (
        <div className="stall-amount-field">
          <label htmlFor="stall-amount-input">{t("stall.pad.amount_label")}</label>
          <input
            id="stall-amount-input"
            className="stall-amount stall-amount-input"
            data-testid="stall-amount"
            name="amount"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            pattern="[0-9.\s]*"
            defaultValue={digits ? groupDigits(digits) : ""}
            placeholder="0"
            onChange={(event) => setDigits(digitsFromInput(event.currentTarget.value))}
          />
        </div>
      )}

      <fieldset className="stall-quick">
        <legend className="visually-hidden">{t("stall.pad.quick_label")}</legend>
        {QUICK_AMOUNTS.map((quick) => (
          <button
            key={quick}
            type="submit"
            name="quick"
            value={quick}
            className="stall-quick-button"
            onClick={(event) => {
              event.preventDefault()
              setDigits(String(quick))
            }}
          >
            {groupDigits(String(quick))}
          </button>
        ))}
      </fieldset>

      <fieldset className="stall-keypad">
        <legend className="visually-hidden">{t("stall.pad.keypad_label")}</legend>
        {KEY_ROWS.flat().map((key) => (
          <button
            key={key}
            type="submit"
            name="key"
            value={key}
            className={key === "back" ? "stall-key stall-key-back" : "stall-key"}
            data-testid={`key-${key}`}
            aria-label={keyName(key)}
            onClick={(event) => {
              event.preventDefault()
              if (key === "back" && longPressed.current) {
                longPressed.current = false
                return
              }
              press(key)
            }}
            onPointerDown={
              key === "back"
                ? () => {
                    longPressed.current = false
                    pressTimer.current = window.setTimeout(() => {
                      longPressed.current = true
                      press("clear")
                    }, LONG_PRESS_MS)
                  }
                : undefined
            }
            onPointerUp={key === "back" ? cancelLongPress : undefined}
            onPointerLeave={key === "back" ? cancelLongPress : undefined}
            onContextMenu={key === "back" ? (event) => event.preventDefault() : undefined}
          >
            {keyLabel(key)}
          </button>
        ))}
        <button
          type="submit"
          name="key"
          value="clear"
          className="stall-key stall-key-clear"
          data-testid="key-clear"
          onClick={(event) => {
            event.preventDefault()
            press("clear")
          }}
        >
          {t("stall.pad.clear")}
        </button>
      </fieldset>

      <fieldset className="stall-rails">
        <legend>{t("stall.pad.rail_legend")}</legend>
        {(["vietqr", "vnpay"] as const).map((value) => (
          <label key={value} className="stall-rail">
            <input
              type="radio"
              name="rail"
              value={value}
              data-testid={`rail-${value}`}
              checked={rail === value}
              onChange={() => setRail(value)}
            />
            <span>{t(`stall.rail.${value}`)}</span>
          </label>
        ))}
      </fieldset>

      {error ? (
        <p className="stall-error" role="alert">
          {error}
        </p>
      ) : null}
      <SubmitButton
        intent="create"
        className="button button-primary stall-big-button"
        data-testid="create-qr"
        disabled={hydrated && problem !== null}
        aria-describedby={problemText ? "create-qr-reason" : undefined}
      >
        {t("stall.pad.create")}
      </SubmitButton>
      {problemText ? (
        <p id="create-qr-reason" className="stall-reason" aria-live="polite">
          {problemText}
        </p>
      ) : null}
    </Form>
  )
}
