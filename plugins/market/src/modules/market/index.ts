import { Module } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../../lib/constants"
import MarketModuleService from "./service"

export { MARKET_MODULE }

export default Module(MARKET_MODULE, { service: MarketModuleService })

export type { MarketModuleService }
