import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export interface VNPayCartSnapshot {
  id: string
  completed_at?: Date | string | null
  currency_code: string
  payment_collection?: { id: string; amount: number | string } | null
}

/** A VNPay payment starts only for an open VND cart that has something to pay; gives the amount. */
export const validateVNPayCartStep = createStep("validate-vnpay-cart", async (input: { cart?: VNPayCartSnapshot }) => {
  const { cart } = input
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Giỏ hàng không tồn tại (cart not found)")
  }
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Giỏ hàng này đã được đặt (the cart is already an order)")
  }
  if (cart.currency_code.toLowerCase() !== "vnd") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "VNPay chỉ nhận thanh toán bằng VND (VNPay only takes VND)")
  }
  const amount = Number(cart.payment_collection?.amount ?? 0)
  if (!cart.payment_collection || !Number.isInteger(amount) || amount <= 0) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Giỏ hàng không có gì để thanh toán (nothing to pay)")
  }
  return new StepResponse({ amount, payment_collection_id: cart.payment_collection.id })
})
