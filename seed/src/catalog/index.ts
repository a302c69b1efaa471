export { categories } from "./categories"
export { producers } from "./producers"
export { products } from "./products"
