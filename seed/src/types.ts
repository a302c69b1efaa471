/** The six OCOP product groups of Decision 148/QĐ-TTg (2023). */
export type OcopGroup =
  | "thuc-pham" // thực phẩm
  | "do-uong" // đồ uống
  | "duoc-lieu" // dược liệu và sản phẩm từ dược liệu
  | "thu-cong-my-nghe" // thủ công mỹ nghệ
  | "sinh-vat-canh" // sinh vật cảnh
  | "du-lich" // dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch

/** Province codes of the 2025 list that the demo covers: Cà Mau and Đà Nẵng (incl. former Quảng Nam). */
export type SeedProvinceCode = "96" | "48"

export interface Bilingual {
  vi: string
  en: string
}

/** A cooperative, enterprise or household ("chủ thể OCOP"), kept so a marketplace plugin can adopt it as a seller. */
export interface ProducerSeed {
  handle: string
  name: string
  kind: "cooperative" | "enterprise" | "household"
  province_code: SeedProvinceCode
  /** A 5-digit ward code from the 2025 list that belongs to province_code. */
  ward_code: string
  street: string
  phone: string
  representative: string
  description: Bilingual
}

export interface CategorySeed {
  handle: string
  name: Bilingual
  description: Bilingual
  ocop_group: OcopGroup
  /** Two colours (hex) for generated images of this category's products. */
  palette: [string, string]
}

/** The drawing on a generated product image. */
export type ImageMotif =
  | "honey"
  | "fish"
  | "shrimp"
  | "crab"
  | "jar"
  | "cracker"
  | "tea"
  | "ginseng"
  | "noodle"
  | "ricepaper"
  | "bottle"
  | "basket"
  | "fruit"
  | "rice"
  | "candy"
  | "spice"
  | "bonsai"
  | "boat"

export interface VariantSeed {
  /** "200 g", "500 g", "1 kg", "Hộp 6 chai"… shown as the option value. */
  label: string
  /** Suffix of the SKU, e.g. "200G". */
  sku: string
  weight_grams: number
  /** Price in integer đồng, e.g. 150000. */
  price: number
  stock: number
}

export interface ProductSeed {
  handle: string
  title: Bilingual
  subtitle: Bilingual
  description: Bilingual
  category: string
  producer: string
  /**
   * Stars of the product's demo OCOP certificate (the step `ocop-…`, catalog/ocop.ts). Never
   * written to product metadata: shoppers see stars only while an approved certificate is valid.
   */
  ocop_stars: 3 | 4 | 5
  /** Year the demo certificate was issued (valid 36 months); the decision date is kept in range of today. */
  ocop_year: number
  motif: ImageMotif
  /** Shelf life in days, shown on the trace page later. */
  shelf_life_days: number
  featured?: boolean
  variants: VariantSeed[]
}

/** The marketplace plugin's seller kinds (a market stall has no producer here). */
export type SellerKind = "cooperative" | "enterprise" | "household" | "stall"

/** A producer as the marketplace plugin's registerSellerWorkflow takes it, with its owner's login. */
export interface SellerSeed {
  /** The owner member's e-mail (emailpass, actor `seller`) and the seller's contact address. */
  email: string
  member_name: string
  seller: {
    handle: string
    name: string
    kind: SellerKind
    legal_form: "organisation" | "household_business" | "individual"
    tax_code: string | null
    business_registration_number: string | null
    representative: string
    /** Citizen ID number (CCCD), 12 digits. */
    id_number: string
    phone: string
    email: string
    province_code: string
    ward_code: string
    address_line: string
    story_vi: string | null
    story_en: string | null
    logo_url: string | null
    /** Napas BIN, 6 digits. */
    bank_bin: string
    bank_account_number: string
    /** As the bank prints it: capitals without accents. */
    bank_account_name: string
  }
}

/** A chợ 4.0 market as the market plugin's createMarketWorkflow takes it (always `illustration`). */
export interface MarketSeed {
  /** Upper case, digits and dashes, e.g. "CM-P2". */
  code: string
  name: string
  province_code: SeedProvinceCode
  /** A 5-digit ward code from the 2025 list that belongs to province_code. */
  ward_code: string
  address: string
}

/** A stall of a seeded market, owned by its own fictional vendor (a seller of kind "stall"). */
export interface StallSeed {
  /** The market's code. */
  market: string
  /** Public, in the printed sign's URL /c/{code}: 3–16 upper-case letters or digits. */
  code: string
  /** As painted on the stall, e.g. "A12". */
  number: string
  display_name: string
  goods: string
  /** The vendor, who is also the account holder. */
  owner: string
  phone: string
  legal_form: "individual" | "household_business"
  /** Napas BIN: Vietcombank, Agribank, BIDV or MB. */
  bank_bin: "970436" | "970405" | "970418" | "970422"
  /** Whether the operator has verified the account (the stall is active); false leaves it pending. */
  verified: boolean
}
