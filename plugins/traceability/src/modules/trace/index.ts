import { Module } from "@medusajs/framework/utils"
import { TRACE_MODULE } from "../../lib/constants"
import TraceModuleService from "./service"

export { TRACE_MODULE }

export default Module(TRACE_MODULE, { service: TraceModuleService })

export type { TraceModuleService }
