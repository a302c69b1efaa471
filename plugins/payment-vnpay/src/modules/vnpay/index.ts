import { Module } from "@medusajs/framework/utils"
import VNPayModuleService from "./service"

export const VNPAY_MODULE = "vnpay"

export default Module(VNPAY_MODULE, { service: VNPayModuleService })

export type { VNPayModuleService }
