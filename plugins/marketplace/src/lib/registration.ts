import type { LegalForm, SellerKind } from "./seller-codes"
import { BANK_ACCOUNT, BANK_BIN, HANDLE, ID_NUMBER, registrationRequired, TAX_CODE } from "./seller-rules"

export interface SellerRegistration {
  handle?: string | null
  name: string
  kind: SellerKind
  legal_form: LegalForm
  tax_code?: string | null
  business_registration_number?: string | null
  representative: string
  id_number: string
  phone: string
  email: string
  province_code: string
  ward_code: string
  address_line: string
  story_vi?: string | null
  story_en?: string | null
  logo_url?: string | null
  bank_bin: string
  bank_account_number: string
  bank_account_name: string
}

export interface FieldIssue {
  field: string
  message: string
}

const blank = (value: string | null | undefined) => !value?.trim()

/**
 * The identity checks that need no database, in form order; each message says what to fix
 * (Vietnamese, English in parentheses). Address and phone are checked by the vietnam plugin.
 */
export function registrationIssues(input: SellerRegistration): FieldIssue[] {
  const issues: FieldIssue[] = []
  const add = (field: string, message: string) => issues.push({ field, message })
  if (blank(input.name)) add("name", "Vui lòng nhập tên đăng ký kinh doanh (enter the registered name).")
  if (input.handle && !HANDLE.test(input.handle)) {
    add("handle", "Địa chỉ cửa hàng chỉ gồm chữ thường không dấu, số và dấu gạch ngang (a-z, 0-9, -).")
  }
  const tax = input.tax_code?.trim()
  const registration = input.business_registration_number?.trim()
  if (tax && !TAX_CODE.test(tax)) {
    add("tax_code", "Mã số thuế gồm 10 chữ số, hoặc 13 dạng 0123456789-001 (a tax code has 10 or 13 digits).")
  }
  if (registrationRequired(input.legal_form) && !tax && !registration) {
    add(
      "tax_code",
      "Hợp tác xã, doanh nghiệp và hộ kinh doanh cần mã số thuế hoặc số giấy đăng ký kinh doanh (tax code or business registration required)."
    )
  }
  if (blank(input.representative))
    add("representative", "Vui lòng nhập họ tên người đại diện (enter the representative).")
  if (!ID_NUMBER.test(input.id_number?.trim() ?? "")) {
    add("id_number", "Số căn cước công dân gồm 12 chữ số (the citizen ID number has 12 digits).")
  }
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(input.email?.trim() ?? "")) {
    add("email", "E-mail không hợp lệ, ví dụ hoptac@example.vn (not an e-mail address).")
  }
  if (!BANK_BIN.test(input.bank_bin ?? "")) add("bank_bin", "Vui lòng chọn ngân hàng (choose the bank).")
  if (!BANK_ACCOUNT.test(input.bank_account_number?.replace(/\s/g, "") ?? "")) {
    add("bank_account_number", "Số tài khoản gồm 6 đến 19 chữ số (the account number has 6 to 19 digits).")
  }
  if (blank(input.bank_account_name)) {
    add("bank_account_name", "Vui lòng nhập tên chủ tài khoản như trên thẻ ngân hàng (enter the account holder).")
  }
  return issues
}
