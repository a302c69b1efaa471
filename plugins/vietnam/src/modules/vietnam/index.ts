import { Module } from "@medusajs/framework/utils"
import VietnamModuleService from "./service"

export const VIETNAM_MODULE = "vietnam"

export default Module(VIETNAM_MODULE, {
  service: VietnamModuleService,
})

export type { VietnamModuleService }
