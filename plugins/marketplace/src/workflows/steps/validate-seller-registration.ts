import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type FieldIssue, registrationIssues, type SellerRegistration } from "../../lib/registration"
import { SELLER_ERRORS, SELLER_MODULE } from "../../lib/seller-codes"
import { handleFrom } from "../../lib/seller-rules"
import type SellerModuleService from "../../modules/seller/service"

/** The vietnam plugin's checks, reached through its module (no import of its code). */
interface VietnamChecks {
  validateAddress(address: Record<string, unknown>): { field: string; message: string }[]
  normalizePhone(raw: string): string | null
}

const ADDRESS_FIELDS: Record<string, string> = {
  province: "province_code",
  city: "ward_code",
  address_1: "address_line",
  phone: "phone",
  first_name: "representative",
}

/** 400 with every problem, each tied to its form field, so the form can show them in place. */
export function refuse(issues: FieldIssue[]): never {
  const error = new MedusaError(MedusaError.Types.INVALID_DATA, issues.map((i) => i.message).join(" "))
  ;(error as MedusaError & { issues?: FieldIssue[] }).issues = issues
  throw error
}

/** Every problem with a registration's fields (identity, address, phone), each tied to its field. */
export function registrationProblems(container: MedusaContainer, seller: SellerRegistration): FieldIssue[] {
  const issues = registrationIssues(seller)
  const vietnam = container.resolve<VietnamChecks>("vietnam")
  for (const issue of vietnam.validateAddress({
    country_code: "vn",
    province: seller.province_code,
    address_1: seller.address_line,
    first_name: seller.representative,
    phone: seller.phone,
    metadata: { vn_province_code: seller.province_code, vn_ward_code: seller.ward_code },
  })) {
    const field = ADDRESS_FIELDS[issue.field] ?? issue.field
    if (!issues.some((i) => i.field === field)) issues.push({ field, message: issue.message })
  }
  return issues
}

/** Checks a registration and returns it normalised (trimmed, phone in national form, a free handle). */
export const validateSellerRegistrationStep = createStep(
  "validate-seller-registration",
  async (input: { seller: SellerRegistration; member_email?: string | null }, { container }) => {
    const seller = input.seller
    const issues = registrationProblems(container, seller)
    if (issues.length) refuse(issues)
    const vietnam = container.resolve<VietnamChecks>("vietnam")

    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    if (input.member_email) {
      const [member] = await sellers.listSellerMembers({ email: input.member_email.toLowerCase() }, { take: 1 })
      if (member) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "Tài khoản này đã thuộc một người bán (this account already belongs to a seller).",
          SELLER_ERRORS.alreadyMember
        )
      }
    }
    const wanted = seller.handle?.trim() || handleFrom(seller.name) || "nguoi-ban"
    let handle = wanted
    for (let n = 2; (await sellers.listSellers({ handle }, { take: 1, withDeleted: true })).length; n++) {
      if (seller.handle) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Địa chỉ cửa hàng "${wanted}" đã có người dùng (this shop address is taken).`,
          SELLER_ERRORS.handleTaken
        )
      }
      handle = `${wanted}-${n}`
    }
    const trim = (v?: string | null) => v?.trim() || null
    return new StepResponse({
      ...seller,
      handle,
      name: seller.name.trim(),
      representative: seller.representative.trim(),
      id_number: seller.id_number.trim(),
      tax_code: trim(seller.tax_code),
      business_registration_number: trim(seller.business_registration_number),
      phone: vietnam.normalizePhone(seller.phone) ?? seller.phone,
      email: seller.email.trim().toLowerCase(),
      address_line: seller.address_line.trim(),
      story_vi: trim(seller.story_vi),
      story_en: trim(seller.story_en),
      logo_url: trim(seller.logo_url),
      bank_account_number: seller.bank_account_number.replace(/\s/g, ""),
      bank_account_name: seller.bank_account_name.trim().toUpperCase(),
    })
  }
)

/** A profile edit checked like a registration, on the seller as it would be after the edit. */
export const validateSellerProfileStep = createStep(
  "validate-seller-profile",
  async (input: { seller_id: string; update: Record<string, string | null> }, { container }) => {
    const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
    const current = (await sellers.retrieveSeller(input.seller_id)) as unknown as Record<string, unknown>
    const merged = { ...current, ...input.update, id_number: "000000000000" } as unknown as SellerRegistration
    const fields = new Set(Object.keys(input.update))
    const issues = registrationProblems(container, merged).filter(
      (i) => fields.has(i.field) || (i.field === "ward_code" && fields.has("province_code"))
    )
    if (issues.length) refuse(issues)
    const vietnam = container.resolve<VietnamChecks>("vietnam")
    const update = { ...input.update }
    if (update.phone) update.phone = vietnam.normalizePhone(update.phone) ?? update.phone
    if (update.email) update.email = update.email.trim().toLowerCase()
    if (update.bank_account_name) update.bank_account_name = update.bank_account_name.trim().toUpperCase()
    for (const key of ["story_vi", "story_en", "logo_url"]) if (update[key] === "") update[key] = null
    return new StepResponse(update)
  }
)
