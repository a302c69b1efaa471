export { categories } from "./categories.js"
export { producers } from "./producers.js"
export { products } from "./products.js"
