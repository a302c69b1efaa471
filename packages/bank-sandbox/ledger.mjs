// The sandbox bank's book: every incoming transfer it made, as SePay reports it, with the
// exact bytes sent (a resend repeats them) and every delivery attempt.
import { randomInt } from "node:crypto"
import { BANKS } from "./texts.mjs"
import { vietnamDateTime } from "./webhook.mjs"

/**
 * @typedef {import("./webhook.mjs").SePayTransfer} SePayTransfer
 * @typedef {import("./webhook.mjs").Delivery} Delivery
 * @typedef {{ transfer: SePayTransfer, bankBin: string, rawBody: string, deliveries: Delivery[] }} Entry
 * @typedef {{ bankBin?: string, accountNumber: string, amount: number, content: string }} TransferOrder
 */

/**
 * @param {{ startId?: number, now?: () => Date }} [options] Ids increase from `startId`
 *   (a random 6-digit number unless given), as SePay's do.
 */
export function createLedger({ startId = randomInt(100_000, 900_000), now = () => new Date() } = {}) {
  let nextId = startId
  /** @type {Map<string, number>} */
  const balances = new Map()
  /** @type {Map<number, Entry>} */
  const entries = new Map()

  return {
    /**
     * Books one incoming transfer and returns its entry (not yet delivered).
     * @param {TransferOrder} order
     * @returns {Entry}
     */
    add({ bankBin = "", accountNumber, amount, content }) {
      const id = nextId++
      const key = `${bankBin}:${accountNumber}`
      const accumulated = (balances.get(key) ?? 0) + amount
      balances.set(key, accumulated)
      /** @type {SePayTransfer} */
      const transfer = {
        id,
        gateway: BANKS[bankBin] ?? (bankBin ? `Bank ${bankBin}` : "Sandbox"),
        transactionDate: vietnamDateTime(now()),
        accountNumber,
        code: null,
        content,
        transferType: "in",
        transferAmount: amount,
        accumulated,
        subAccount: null,
        referenceCode: `SBX.${id}`,
        description: `BankAPINotify ${content}`,
      }
      const entry = { transfer, bankBin, rawBody: JSON.stringify(transfer), deliveries: [] }
      entries.set(id, entry)
      return entry
    },
    /** @param {number} id */
    get(id) {
      return entries.get(id)
    },
    /** Newest first. */
    list() {
      return [...entries.values()].reverse()
    },
  }
}

/** @typedef {ReturnType<typeof createLedger>} Ledger */
