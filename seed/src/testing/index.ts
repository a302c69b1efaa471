export { createAdminUser } from "./admin-user"
export { routesUnder } from "./route-list"
