import { MedusaService } from "@medusajs/framework/utils"
import Lot from "./models/lot"
import LotAllocation from "./models/lot-allocation"
import TraceDigest from "./models/trace-digest"
import TraceEvent from "./models/trace-event"

export default class TraceModuleService extends MedusaService({ Lot, TraceEvent, LotAllocation, TraceDigest }) {}
