import { model } from "@medusajs/framework/utils"
import Stall from "./stall"

/** A traditional market taking part in chợ 4.0, e.g. Chợ Phường 2 (Cà Mau). */
const Market = model
  .define("market", {
    id: model.id({ prefix: "mkt" }).primaryKey(),
    code: model.text(),
    name: model.text(),
    /** 2025 units: province and ward codes (@choso/vietnam). */
    province_code: model.text(),
    ward_code: model.text(),
    address: model.text(),
    /** Seeded demo data, shown as "minh hoạ". */
    illustration: model.boolean().default(false),
    stalls: model.hasMany(() => Stall, { mappedBy: "market" }),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])

export default Market
