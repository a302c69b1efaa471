import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VNPayProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, { services: [VNPayProviderService] })
