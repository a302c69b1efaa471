import type { MessageKey } from "./i18n"
import type { OcopBadgeVM } from "./ocop-types"
import type { LegalForm, SellerKind } from "./vendor-types"

/** Compact view models sent from loaders to the browser (kept small: they are inlined in the HTML). */

export interface ImageVM {
  src: string
  srcSet?: string
  width: number
  height: number
}

export interface ProductCardVM {
  id: string
  handle: string
  title: string
  subtitle: string | null
  /** The OCOP badge while the product's certificate is valid (Vietnam time), else null. */
  ocop: OcopBadgeVM | null
  provinceName: string | null
  priceFrom: number | null
  image: ImageVM | null
}

export interface VariantVM {
  id: string
  title: string
  price: number | null
  /** null: stock is not tracked for this variant. */
  stock: number | null
}

export interface ProducerVM {
  name: string
  handle: string | null
  kind: string | null
  provinceName: string | null
  street: string | null
  phone: string | null
  description: string | null
}

export interface ProductDetailVM extends ProductCardVM {
  description: string | null
  images: ImageVM[]
  variants: VariantVM[]
  shelfLifeDays: number | null
  producer: ProducerVM | null
  category: { handle: string; name: string } | null
}

export interface CategoryVM {
  id: string
  handle: string
  name: string
  description: string | null
}

export interface CartLineVM {
  id: string
  title: string
  variantTitle: string | null
  productHandle: string | null
  quantity: number
  unitPrice: number
  total: number
  image: ImageVM | null
}

export interface AddressVM {
  fullName: string
  phone: string
  street: string
  wardName: string
  provinceName: string
  provinceCode: string | null
  wardCode: string | null
}

export interface CartVM {
  id: string
  email: string | null
  lines: CartLineVM[]
  count: number
  itemTotal: number
  shippingTotal: number
  taxTotal: number
  total: number
  shippingAddress: AddressVM | null
  shippingOptionId: string | null
}

export interface ShippingOptionVM {
  id: string
  name: string
  amount: number
}

export interface PaymentOptionVM {
  /** The radio's value in the checkout form: a provider id, or "pp_vnpay_vnpay:VNPAYQR" for a VNPay method. */
  id: string
  providerId: string
  /** VNPay's vnp_BankCode for the VNPay methods. */
  bankCode?: string
  /** i18n keys of the label and its explanation, e.g. "payment.cod". */
  label: MessageKey
  hint: MessageKey
}

export interface ProvinceVM {
  code: string
  name: string
  fullName: string
}

export interface WardVM {
  code: string
  fullName: string
}

export interface WardsPayload {
  province: string
  wards: WardVM[]
  /** The list could not be loaded (unknown code or backend unavailable). */
  failed?: boolean
}

export interface OrderVM {
  id: string
  displayId: number | null
  createdAt: string | null
  email: string | null
  lines: CartLineVM[]
  itemTotal: number
  shippingTotal: number
  taxTotal: number
  total: number
  address: AddressVM | null
  shippingMethodName: string | null
  /** How the order is paid: from the provider of its payment (or session). */
  paymentMethod: "cod" | "vnpay" | "other"
  /** Medusa's order payment_status: "captured", "authorized", "not_paid", "awaiting", "refunded", … */
  paymentStatus: string | null
}

/** A seller as shoppers see it: the identity Law 122/2025 asks a platform to show. */
export interface PublicSellerVM {
  handle: string
  name: string
  kind: SellerKind | null
  legalForm: LegalForm | null
  taxCode: string | null
  businessRegistration: string | null
  representative: string
  phone: string
  email: string
  /** "Ấp 3, Xã Khánh An, Tỉnh Cà Mau" */
  address: string
  provinceName: string | null
  /** In the page's language (Vietnamese when there is no English one). */
  story: string | null
  logoUrl: string | null
}
