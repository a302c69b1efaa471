export * from "./constants"
export { stockAll } from "./inventory"
export { type StoreSetup, setupStore } from "./store"
