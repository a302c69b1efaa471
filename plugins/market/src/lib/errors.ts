/** Codes the vendor screen and the admin read to show the right Vietnamese message. */
export const MARKET_ERRORS = {
  amount: "market.amount",
  stallClosed: "market.stall_closed",
  notPending: "market.not_pending",
  device: "market.device",
  noStall: "market.no_stall",
  duplicateCode: "market.duplicate_code",
  review: "market.review",
} as const
