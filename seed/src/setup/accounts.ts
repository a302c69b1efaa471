import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { DEMO_ADMIN, DEMO_CUSTOMER } from "./constants"

type Container = ExecArgs["container"]

async function registerEmailPass(container: Container, email: string, password: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}

/** The operator's admin login and a shopper login, printed by `npm start`. */
export async function seedAccounts(container: Container): Promise<void> {
  const adminIdentity = await registerEmailPass(container, DEMO_ADMIN.email, DEMO_ADMIN.password)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: adminIdentity,
      userData: { email: DEMO_ADMIN.email, first_name: "Quản trị", last_name: "Chợ Số" },
    },
  })
  const customerIdentity = await registerEmailPass(container, DEMO_CUSTOMER.email, DEMO_CUSTOMER.password)
  await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: customerIdentity,
      customerData: {
        email: DEMO_CUSTOMER.email,
        first_name: DEMO_CUSTOMER.first_name,
        last_name: DEMO_CUSTOMER.last_name,
      },
    },
  })
}
