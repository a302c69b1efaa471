/** Names the seed looks things up by, so a second run finds what the first one made. */
export const SALES_CHANNEL_NAME = "Chợ Số Online"
export const PUBLISHABLE_KEY_TITLE = "Chợ Số Storefront"
export const REGION_NAME = "Việt Nam"
export const STOCK_LOCATION_NAME = "Kho Cà Mau"
export const CURRENCY = "vnd"
export const DEFAULT_LOCALE = "vi-VN"
export const ENGLISH_LOCALE = "en-US"
/** Value-added tax on processed food, reduced from 10 % to 8 % through 31 Dec 2026 (Resolution 204/2025/QH15). */
export const VAT_RATE = 8

export const DEMO_ADMIN = { email: "admin@choso.vn", password: "choso-admin-2026" }
export const DEMO_CUSTOMER = {
  email: "khach@choso.vn",
  password: "choso-khach-2026",
  first_name: "Lan",
  last_name: "Nguyễn",
}

/**
 * Every seller member (one owner per producer, `<producer handle>@nguoiban.choso.vn`) signs in
 * with this password outside production; README and `npm start` name two of them.
 */
export const DEMO_SELLER_PASSWORD = "choso-nguoiban-2026"
export const DEMO_SELLERS = {
  cooperative: "htx-ong-tram-xanh-u-minh@nguoiban.choso.vn",
  household: "ho-banh-trang-co-sau@nguoiban.choso.vn",
  applicant: "ho-rau-sach-tra-que@nguoiban.choso.vn",
} as const
/**
 * Every stall vendor of the chợ 4.0 markets (`<stall code>@quay.choso.vn`) signs in with this
 * password outside production; README and `npm start` name the demo vendor, Chợ Phường 2's A12.
 */
export const DEMO_VENDOR_PASSWORD = "choso-quay-2026"
export const DEMO_VENDOR = { email: "p2a12@quay.choso.vn", stall: "P2A12", market: "CM-P2" } as const
/** Who verified the demo stalls' bank accounts, as `stall.account_verified_by` shows it. */
export const STALL_VERIFIED_BY = "choso-seed"
/** Who recorded the demo OCOP certificates the province issued, as their history shows it. */
export const OCOP_IMPORTED_BY = "choso-seed"
/** Who recorded the seeded lots' trace events (`trace_event.recorded_by`, source "seed"). */
export const TRACE_SEEDED_BY = "choso-seed"
/** Why the seed approved the demo sellers, as the status history shows it. */
export const SELLER_APPROVAL_REASON = "Dữ liệu mẫu"

/** Standard home delivery by zone, from the Cà Mau warehouse. Provinces are 2025 codes. */
export const SHIPPING_ZONES: { name: string; fee: number; days: string; provinces: string[] }[] = [
  { name: "Nội tỉnh Cà Mau", fee: 20_000, days: "1–2", provinces: ["96"] },
  {
    name: "Đồng bằng sông Cửu Long và TP. Hồ Chí Minh",
    fee: 30_000,
    days: "2–3",
    provinces: ["79", "80", "82", "86", "91", "92"],
  },
]
/** Every other province falls in the national zone. */
export const NATIONAL_ZONE = { name: "Toàn quốc", fee: 40_000, days: "3–5" }
