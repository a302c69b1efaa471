export { categories } from "./categories"
export { producers } from "./producers"
export { products } from "./products"
export { applicantSeed, SELLER_EMAIL_DOMAIN, sellerApplicant, sellerSeeds } from "./sellers"
