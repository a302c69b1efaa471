export { settleVNPayPaymentWorkflow } from "./settle-vnpay-payment"
