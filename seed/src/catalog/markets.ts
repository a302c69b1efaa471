import type { MarketSeed, SellerSeed, StallSeed } from "../types"
import { bankAccountName, digitsFrom, householdRegistrationOf, idNumberOf } from "./sellers"

/**
 * Chợ 4.0: four traditional markets (real names and places, flagged `illustration`) and their
 * stalls, whose vendors are fictional: people, phone numbers, ID numbers and bank accounts are
 * made up, and every vendor's business name and stall name says "(minh hoạ)". Deterministic.
 */

/** Stall vendors sign in with `<stall code, lower case>@quay.choso.vn`. */
export const VENDOR_EMAIL_DOMAIN = "quay.choso.vn"

/** Shown after a vendor's names wherever the stall appears (the public stall page has no other mark yet). */
export const ILLUSTRATION_MARK = "(minh hoạ)"

/** Napas BINs of the banks stall vendors use, with a usual length of their account numbers (10–13 digits). */
export const STALL_BANKS = {
  "970436": { name: "Vietcombank", prefix: "10", digits: 13 },
  "970405": { name: "Agribank", prefix: "79", digits: 13 },
  "970418": { name: "BIDV", prefix: "21", digits: 10 },
  "970422": { name: "MB", prefix: "03", digits: 12 },
} as const satisfies Record<StallSeed["bank_bin"], { name: string; prefix: string; digits: number }>

/** 2025 units (seed/src/types SeedProvinceCode; wards of /work/shared/data units.json). */
export const marketSeeds: MarketSeed[] = [
  {
    // The pilot of chợ 4.0 in Cà Mau. The former Phường 2 of Cà Mau city is part of Phường An Xuyên since 2025.
    code: "CM-P2",
    name: "Chợ Phường 2",
    province_code: "96",
    ward_code: "32002", // Phường An Xuyên
    address: "Đường Phan Ngọc Hiển, Phường An Xuyên, Cà Mau",
  },
  {
    code: "CM-CAMAU",
    name: "Chợ Cà Mau",
    province_code: "96",
    ward_code: "32002", // Phường An Xuyên
    address: "Đường Lê Lợi, Phường An Xuyên, Cà Mau",
  },
  {
    code: "DN-HAN",
    name: "Chợ Hàn",
    province_code: "48",
    ward_code: "20242", // Phường Hải Châu (former Hải Châu 1)
    address: "119 Trần Phú, Phường Hải Châu, Đà Nẵng",
  },
  {
    code: "DN-CON",
    name: "Chợ Cồn",
    province_code: "48",
    ward_code: "20242", // Phường Hải Châu
    address: "290 Hùng Vương, Phường Hải Châu, Đà Nẵng",
  },
]

/** The demo vendor (README, `npm start`): Chợ Phường 2, stall A12. */
export const DEMO_VENDOR_STALL = "P2A12"
/** The one stall whose bank account the operator has not verified yet: it cannot take payments. */
export const PENDING_STALL = "P2C07"

export const stallSeeds: StallSeed[] = [
  {
    market: "CM-P2",
    code: "P2A12",
    number: "A12",
    display_name: "Cô Sáu — rau củ",
    goods: "Rau muống, cải xanh, bí đao, khổ qua, rau thơm",
    owner: "Nguyễn Thị Sáu",
    phone: "0918204613",
    legal_form: "individual",
    bank_bin: "970436",
    verified: true,
  },
  {
    market: "CM-P2",
    code: "P2B03",
    number: "B03",
    display_name: "Chú Tư — cá đồng",
    goods: "Cá lóc, cá rô, cá trê đồng U Minh",
    owner: "Trần Văn Tư",
    phone: "0947316025",
    legal_form: "household_business",
    bank_bin: "970405",
    verified: true,
  },
  {
    market: "CM-P2",
    code: "P2C07",
    number: "C07",
    display_name: "Dì Năm — khô cá, tôm khô",
    goods: "Khô cá bổi, khô cá sặc, tôm khô Rạch Gốc",
    owner: "Lê Thị Năm",
    phone: "0835912406",
    legal_form: "household_business",
    bank_bin: "970418",
    verified: false,
  },
  {
    market: "CM-CAMAU",
    code: "CMA05",
    number: "A05",
    display_name: "Chị Bảy — trái cây",
    goods: "Chuối, xoài, mận, dưa hấu",
    owner: "Phạm Thị Bảy",
    phone: "0396471820",
    legal_form: "individual",
    bank_bin: "970422",
    verified: true,
  },
  {
    market: "CM-CAMAU",
    code: "CMD14",
    number: "D14",
    display_name: "Anh Tám — thịt heo",
    goods: "Thịt heo, sườn, xương ống",
    owner: "Võ Văn Tám",
    phone: "0918736254",
    legal_form: "household_business",
    bank_bin: "970436",
    verified: true,
  },
  {
    market: "DN-HAN",
    code: "HANB21",
    number: "B21",
    display_name: "Bà Ba — mắm, mực khô",
    goods: "Mắm nêm, mắm ruốc, mực khô, cá cơm khô",
    owner: "Huỳnh Thị Ba",
    phone: "0905183746",
    legal_form: "household_business",
    bank_bin: "970418",
    verified: true,
  },
  {
    market: "DN-HAN",
    code: "HANC02",
    number: "C02",
    display_name: "Cô Hoa — bánh khô mè, tré",
    goods: "Bánh khô mè, bánh tráng, tré",
    owner: "Đặng Thị Hoa",
    phone: "0935620418",
    legal_form: "individual",
    bank_bin: "970405",
    verified: true,
  },
  {
    market: "DN-CON",
    code: "CONA08",
    number: "A08",
    display_name: "Chị Hạnh — rau củ",
    goods: "Rau Trà Quế, mướp, đậu bắp",
    owner: "Ngô Thị Hạnh",
    phone: "0764219038",
    legal_form: "individual",
    bank_bin: "970422",
    verified: true,
  },
  {
    market: "DN-CON",
    code: "CONE15",
    number: "E15",
    display_name: "Dì Lan — chè, ốc",
    goods: "Chè đậu, ốc hút, bánh bèo",
    owner: "Phan Thị Lan",
    phone: "0796358102",
    legal_form: "individual",
    bank_bin: "970436",
    verified: true,
  },
]

export function vendorEmailOf(stallCode: string): string {
  return `${stallCode.toLowerCase()}@${VENDOR_EMAIL_DOMAIN}`
}

/** The vendor's seller handle: `quay-<stall code>`. */
export function vendorHandleOf(stallCode: string): string {
  return `quay-${stallCode.toLowerCase()}`
}

export function marketOf(stall: StallSeed): MarketSeed {
  const market = marketSeeds.find((m) => m.code === stall.market)
  if (!market) {
    throw new Error(`Stall ${stall.code} is in an unknown market ${stall.market}`)
  }
  return market
}

/** The vendor's bank account number: the bank's usual length, fictional digits. */
export function stallAccountOf(stall: StallSeed): string {
  const bank = STALL_BANKS[stall.bank_bin]
  return bank.prefix + digitsFrom(`${stall.code}:stall-bank`, bank.digits - bank.prefix.length)
}

/** The stall's vendor as registerSellerWorkflow takes it: a seller of kind "stall" paid into the stall's account. */
export function vendorSeedOf(stall: StallSeed): SellerSeed {
  const market = marketOf(stall)
  const email = vendorEmailOf(stall.code)
  const handle = vendorHandleOf(stall.code)
  const identity = { handle, province_code: market.province_code, representative: stall.owner }
  const household = stall.legal_form === "household_business"
  return {
    email,
    member_name: stall.owner,
    seller: {
      handle,
      name: household
        ? `Hộ kinh doanh ${stall.owner} — quầy ${stall.number} ${market.name} ${ILLUSTRATION_MARK}`
        : `Quầy ${stall.number} ${market.name} — ${stall.owner} ${ILLUSTRATION_MARK}`,
      kind: "stall",
      legal_form: stall.legal_form,
      tax_code: null,
      business_registration_number: household ? householdRegistrationOf(identity) : null,
      representative: stall.owner,
      id_number: idNumberOf(identity),
      phone: stall.phone,
      email,
      province_code: market.province_code,
      ward_code: market.ward_code,
      address_line: `Quầy ${stall.number}, ${market.name}, ${market.address}`,
      story_vi: `${stall.goods} ở quầy ${stall.number}, ${market.name}. Dữ liệu minh hoạ: người bán và tài khoản là hư cấu.`,
      story_en: `${stall.goods} at stall ${stall.number}, ${market.name}. Illustration: the vendor and account are fictional.`,
      logo_url: null,
      bank_bin: stall.bank_bin,
      bank_account_number: stallAccountOf(stall),
      bank_account_name: bankAccountName(stall.owner),
    },
  }
}

/** What createStallWorkflow gets for a stall, given the ids the seed found or made. */
export function stallInputOf(stall: StallSeed, ids: { market_id: string; seller_id: string }) {
  return {
    ...ids,
    code: stall.code,
    number: stall.number,
    display_name: `${stall.display_name} ${ILLUSTRATION_MARK}`,
    goods: stall.goods,
    photo_url: null,
    bank_bin: stall.bank_bin,
    bank_account: stallAccountOf(stall),
    account_holder: bankAccountName(stall.owner),
  }
}
