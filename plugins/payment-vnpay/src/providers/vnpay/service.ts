import { type VNPay, VNPayAPIError } from "@choso/vnpay"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  BigNumberInput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  BigNumber,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { createVNPayClient, requireVNPayOptions, type VNPayOptions, type VNPayPluginOptions } from "../../lib/options"
import type { VNPayBoundAttempt, VNPaySessionData } from "./types"

function toVnd(amount: BigNumberInput): number {
  const value = new BigNumber(amount).numeric
  if (!Number.isInteger(value) || value <= 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `VNPay needs a positive whole number of đồng, got ${value}`)
  }
  return value
}

function sessionData(data: Record<string, unknown> | undefined): VNPaySessionData {
  if (!data || typeof data.txn_ref !== "string" || typeof data.create_date !== "string") {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This payment has no VNPay transaction reference")
  }
  return data as VNPaySessionData
}

function boundAttempt(data: Record<string, unknown> | undefined): VNPayBoundAttempt | null {
  const attempt = data?.attempt as Partial<VNPayBoundAttempt> | undefined
  if (
    !attempt ||
    typeof attempt.attempt_id !== "string" ||
    typeof attempt.txn_ref !== "string" ||
    typeof attempt.amount !== "number" ||
    typeof attempt.payment_url !== "string" ||
    typeof attempt.create_date !== "string" ||
    typeof attempt.expires_at !== "string"
  ) {
    return null
  }
  return attempt as VNPayBoundAttempt
}

/**
 * VNPay (API 2.1.0) as a Medusa payment provider. A session gets a signed payment URL; the
 * shopper pays at VNPay; the signed IPN (see /hooks/vnpay/ipn) or the reconciliation job then
 * settles it through Medusa's processPaymentWorkflow, which calls authorizePayment here —
 * and authorizePayment believes no one but VNPay's own querydr answer.
 */
export default class VNPayProviderService extends AbstractPaymentProvider<VNPayPluginOptions> {
  static identifier = "vnpay"

  protected readonly logger: Logger
  protected readonly options: VNPayOptions
  protected readonly client: VNPay

  static validateOptions(options: VNPayPluginOptions): void {
    requireVNPayOptions(options)
  }

  constructor(container: { logger: Logger }, options: VNPayPluginOptions) {
    super(container, options)
    this.logger = container.logger
    this.options = requireVNPayOptions(options)
    this.client = createVNPayClient(this.options)
  }

  /**
   * A session is the Medusa side of one recorded attempt: the start-payment workflow records the
   * attempt (TxnRef, amount, signed URL) first and passes it here. Anything else is refused, so
   * no VNPay URL exists that an IPN could not find.
   */
  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    if (input.currency_code.toLowerCase() !== "vnd") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "VNPay only takes payments in VND")
    }
    const attempt = boundAttempt(input.data)
    if (!attempt) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Start VNPay payments with POST /store/vnpay/payments")
    }
    if (attempt.amount !== toVnd(input.amount)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The VNPay payment is for ${attempt.amount} ₫ but the cart now costs ${toVnd(input.amount)} ₫`
      )
    }
    const { attempt_id, txn_ref, amount, payment_url, create_date, expires_at } = attempt
    const data: VNPaySessionData = { attempt_id, txn_ref, amount, payment_url, create_date, expires_at }
    return { id: attempt.txn_ref, data, status: PaymentSessionStatus.PENDING }
  }

  /**
   * A signed URL is for one amount and one TxnRef, so a VNPay session never changes: a new amount
   * is a new attempt. Refusing here also keeps caller-supplied data (a `refunded_amount`, a
   * `transaction_no`) out of the session.
   */
  async updatePayment(_input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A VNPay payment cannot be changed: start a new one")
  }

  /** Asks VNPay (querydr) whether this attempt was paid, for the exact amount. */
  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = sessionData(input.data)
    const status = await this.queryStatus(data)
    if (status.status === PaymentSessionStatus.CAPTURED) {
      return { status: PaymentSessionStatus.CAPTURED, data: { ...data, ...status.paid } }
    }
    return { status: status.status, data }
  }

  protected async queryStatus(
    data: VNPaySessionData
  ): Promise<{ status: PaymentSessionStatus; paid?: Partial<VNPaySessionData> }> {
    try {
      const result = await this.client.transactions.retrieve({
        txnRef: data.txn_ref,
        transactionDate: data.create_date,
        ipAddr: this.options.serverIp,
        orderInfo: `Kiem tra giao dich ${data.txn_ref.slice(-10)}`,
      })
      if (result.succeeded && result.amount === data.amount) {
        return {
          status: PaymentSessionStatus.CAPTURED,
          paid: {
            transaction_no: result.transactionNo ?? undefined,
            pay_date: result.payDate ? result.payDate.toISOString() : undefined,
            paid_bank_code: result.bankCode ?? undefined,
          },
        }
      }
      if (result.succeeded) {
        this.logger.error(`VNPay ${data.txn_ref}: paid ${result.amount} ₫ but the session expects ${data.amount} ₫`)
        return { status: PaymentSessionStatus.ERROR }
      }
      return { status: result.transactionStatus === "01" ? PaymentSessionStatus.PENDING : PaymentSessionStatus.ERROR }
    } catch (error) {
      // 91: VNPay has no such transaction yet (the shopper has not paid).
      if (error instanceof VNPayAPIError && error.code === "91") {
        return { status: PaymentSessionStatus.PENDING }
      }
      throw error
    }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = sessionData(input.data)
    const { status, paid } = await this.queryStatus(data)
    return { status, data: { ...data, ...paid } }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const data = sessionData(input.data)
    const { paid } = await this.queryStatus(data)
    return { data: { ...data, ...paid } }
  }

  /** VNPay takes the money when the shopper pays: there is nothing left to capture. */
  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  /** An unpaid VNPay URL simply expires; there is nothing to cancel at VNPay. */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  /** Full or partial refund through VNPay's refund API. */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = sessionData(input.data)
    if (!data.transaction_no) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This VNPay payment was never confirmed, so it cannot be refunded"
      )
    }
    const amount = toVnd(input.amount)
    const refunded = data.refunded_amount ?? 0
    if (refunded + amount > data.amount) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cannot refund ${amount} ₫: only ${data.amount - refunded} ₫ of this VNPay payment is left`
      )
    }
    try {
      await this.client.refunds.create({
        txnRef: data.txn_ref,
        amount,
        transactionNo: data.transaction_no,
        transactionDate: data.create_date,
        type: refunded === 0 && amount === data.amount ? "full" : "partial",
        createdBy: "choso-admin",
        ipAddr: this.options.serverIp,
        orderInfo: `Hoan tien ${data.txn_ref.slice(-10)}`,
      })
    } catch (error) {
      if (error instanceof VNPayAPIError) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `VNPay refused the refund: ${error.meaning.en} (${error.code})`
        )
      }
      throw error
    }
    return { data: { ...data, refunded_amount: refunded + amount } }
  }

  /**
   * VNPay's IPN needs RspCode replies (00/01/02/04/97/99) that Medusa's generic webhook route
   * cannot give, so IPNs go to this plugin's /hooks/vnpay/ipn instead.
   */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}
