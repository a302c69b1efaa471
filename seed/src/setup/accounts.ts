import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { AccountPlan } from "./account-plan"

type Container = ExecArgs["container"]

async function registerEmailPass(container: Container, email: string, password: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return authIdentity.id
}

/** The operator's admin login and, outside production, the demo shopper (see planAccounts). */
export async function seedAccounts(container: Container, plan: AccountPlan): Promise<void> {
  const { admin, customer } = plan
  const adminIdentity = await registerEmailPass(container, admin.email, admin.password)
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: adminIdentity,
      userData: { email: admin.email, first_name: "Quản trị", last_name: "Chợ Số" },
    },
  })
  if (!customer) {
    return
  }
  const customerIdentity = await registerEmailPass(container, customer.email, customer.password)
  await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: customerIdentity,
      customerData: {
        email: customer.email,
        first_name: customer.first_name,
        last_name: customer.last_name,
      },
    },
  })
}
