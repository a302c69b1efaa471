export { setupStore, type StoreSetup } from "./store"
export { stockAll } from "./inventory"
export * from "./constants"
