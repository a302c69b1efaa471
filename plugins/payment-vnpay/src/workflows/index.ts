export { completeVNPayCartWorkflow } from "./complete-vnpay-cart"
export { recordVNPayOutcomeWorkflow } from "./record-vnpay-outcome"
export { refundVNPayAttemptWorkflow } from "./refund-vnpay-attempt"
export { startVNPayCartPaymentWorkflow } from "./start-vnpay-cart-payment"
