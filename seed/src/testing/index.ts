export { createAdminUser } from "./admin-user"
