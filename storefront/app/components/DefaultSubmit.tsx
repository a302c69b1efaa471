/**
 * The button a form's implicit submission (Enter in a text field) uses: browsers take the first
 * submit button in the form, which in a form with "add a row" / "remove" / "choose ward" buttons
 * would be one of those. Out of sight and out of the tab order, first in the form.
 */
export function DefaultSubmit({ intent }: { intent?: string }) {
  return (
    <button
      type="submit"
      name={intent === undefined ? undefined : "intent"}
      value={intent}
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
    />
  )
}
