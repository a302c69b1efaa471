import { Module } from "@medusajs/framework/utils"
import { SELLER_MODULE } from "../../lib/seller-codes"
import SellerModuleService from "./service"

export { SELLER_MODULE }

export default Module(SELLER_MODULE, { service: SellerModuleService })

export type { SellerModuleService }
