export { categories } from "./categories"
export {
  DEMO_VENDOR_STALL,
  marketSeeds,
  PENDING_STALL,
  stallSeeds,
  VENDOR_EMAIL_DOMAIN,
  vendorEmailOf,
} from "./markets"
export { producers } from "./producers"
export { products } from "./products"
export { applicantSeed, SELLER_EMAIL_DOMAIN, sellerApplicant, sellerSeeds } from "./sellers"
