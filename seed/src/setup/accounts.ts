import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createCustomerAccountWorkflow, createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { AccountPlan } from "./account-plan"

type Container = ExecArgs["container"]

export interface EmailPassIdentity {
  id: string
  /** Whose login it is already (`user_id`, `customer_id`, `seller_id`…); empty when nobody's yet. */
  app_metadata: Record<string, unknown>
}

/**
 * The emailpass auth identity of `email`, with `password`. A new one is registered; one left by a
 * run that stopped half-way is found and given `password` (its old one may never have been shown).
 */
export async function ensureEmailPass(
  container: Container,
  email: string,
  password: string
): Promise<EmailPassIdentity> {
  const auth = container.resolve(Modules.AUTH)
  const [existing] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (existing?.auth_identity_id) {
    const updated = await auth.updateProvider("emailpass", { entity_id: email, password })
    if (!updated.success) {
      throw new Error(`Could not set the password of ${email}: ${updated.error}`)
    }
    const identity = await auth.retrieveAuthIdentity(existing.auth_identity_id)
    return { id: identity.id, app_metadata: identity.app_metadata ?? {} }
  }
  const { success, authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (!success || !authIdentity) {
    throw new Error(`Could not register ${email}: ${error}`)
  }
  return { id: authIdentity.id, app_metadata: authIdentity.app_metadata ?? {} }
}

/**
 * The operator's admin login and, outside production, the demo shopper (see planAccounts). Safe to
 * run again: an account that exists keeps its data and gets the plan's password.
 */
export async function seedAccounts(container: Container, plan: AccountPlan): Promise<void> {
  const { admin, customer } = plan
  const adminIdentity = await ensureEmailPass(container, admin.email, admin.password)
  const [user] = await container.resolve(Modules.USER).listUsers({ email: admin.email })
  if (!user) {
    await createUserAccountWorkflow(container).run({
      input: {
        authIdentityId: adminIdentity.id,
        userData: { email: admin.email, first_name: "Quản trị", last_name: "Chợ Số" },
      },
    })
  }
  if (!customer) {
    return
  }
  const customerIdentity = await ensureEmailPass(container, customer.email, customer.password)
  const [account] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: customer.email, has_account: true })
  if (!account) {
    await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: customerIdentity.id,
        customerData: {
          email: customer.email,
          first_name: customer.first_name,
          last_name: customer.last_name,
        },
      },
    })
  }
}
