import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body?: object) => Promise<{ data: { token: string } }> }

/** An operator account, signed in through Medusa's auth route: headers for /admin calls. */
export async function createAdminUser(container: MedusaContainer, api: Api): Promise<Record<string, string>> {
  const email = `operator-${Date.now()}@choso.test`
  const password = "operator-password-for-tests"
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email, password } })
  if (!authIdentity) throw new Error(`Could not register the operator: ${error}`)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { authorization: `Bearer ${data.token}` }
}
