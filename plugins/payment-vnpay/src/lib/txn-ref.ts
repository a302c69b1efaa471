/**
 * A VNPay TxnRef is unique per payment attempt. Ours is the Medusa payment session id, with an
 * attempt suffix when the same session is re-issued for a new amount, so an IPN leads straight
 * back to its session: "payses_01J…" or "payses_01J…-2".
 */
export function txnRefFor(sessionId: string, attempt = 1): string {
  return attempt > 1 ? `${sessionId}-${attempt}` : sessionId
}

export function sessionIdFromTxnRef(txnRef: string): string | null {
  const match = /^(payses_[A-Za-z0-9]+)(?:-(\d+))?$/.exec(txnRef)
  return match ? match[1] : null
}
