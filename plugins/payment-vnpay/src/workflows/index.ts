export { startVNPayCartPaymentWorkflow } from "./start-vnpay-cart-payment"
export { recordVNPayOutcomeWorkflow } from "./record-vnpay-outcome"
export { completeVNPayCartWorkflow } from "./complete-vnpay-cart"
export { refundVNPayAttemptWorkflow } from "./refund-vnpay-attempt"
