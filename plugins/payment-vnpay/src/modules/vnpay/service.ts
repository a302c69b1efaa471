import { MedusaService } from "@medusajs/framework/utils"
import VNPayPayment from "./models/vnpay-payment"

export default class VNPayModuleService extends MedusaService({ VNPayPayment }) {}
