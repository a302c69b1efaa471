import { MedusaError } from "@medusajs/framework/utils"
import { type AddressIssue, type VietnameseAddressInput, validateVietnameseAddress } from "../../lib/address"
import { AdminUnits, type AdminUnitsFile, type Province, type ProvinceSummary, type Ward } from "../../lib/admin-units"
import { normalizeVietnamesePhone } from "../../lib/phone"
import unitsFile from "./data/units.json"

const units = new AdminUnits(unitsFile as AdminUnitsFile)

/**
 * Vietnam's 2025 administrative units (34 provinces, 3,321 wards) and the rules of a
 * deliverable Vietnamese address. The data is static reference data shipped with the plugin,
 * so the module keeps it in memory instead of in tables.
 */
export default class VietnamModuleService {
  effectiveDate(): string {
    return units.effective
  }

  listProvinces(): ProvinceSummary[] {
    return units.listProvinces()
  }

  retrieveProvince(code: string): Province {
    const province = units.getProvince(code)
    if (!province) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Không tìm thấy tỉnh/thành phố mã "${code}" (no province with code "${code}" in the 2025 list).`
      )
    }
    return province
  }

  listWards(provinceCode: string, query?: string): Ward[] {
    const province = this.retrieveProvince(provinceCode)
    return query ? units.searchWards(province.code, query) : province.wards
  }

  validateAddress(address: VietnameseAddressInput): AddressIssue[] {
    return validateVietnameseAddress(units, address)
  }

  /** Throws a 400 that names every problem when the address cannot be delivered to. */
  assertDeliverable(address: VietnameseAddressInput): void {
    const issues = this.validateAddress(address)
    if (issues.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, issues.map((i) => i.message).join(" "), issues[0].code)
    }
  }

  normalizePhone(raw: string): string | null {
    return normalizeVietnamesePhone(raw)
  }
}
