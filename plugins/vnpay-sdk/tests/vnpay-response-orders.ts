/**
 * VNPay's response hash orders for querydr and refund, as documented by VNPay (and STANDARDS.md),
 * spelled out here on purpose independently of src/, so the tests check src/ against the spec.
 */
export const QUERYDR_RESPONSE_ORDER = [
  "vnp_ResponseId",
  "vnp_Command",
  "vnp_ResponseCode",
  "vnp_Message",
  "vnp_TmnCode",
  "vnp_TxnRef",
  "vnp_Amount",
  "vnp_BankCode",
  "vnp_PayDate",
  "vnp_TransactionNo",
  "vnp_TransactionType",
  "vnp_TransactionStatus",
  "vnp_OrderInfo",
  "vnp_PromotionCode",
  "vnp_PromotionAmount",
]
export const REFUND_RESPONSE_ORDER = QUERYDR_RESPONSE_ORDER.slice(0, 13)
