import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireCertificatesWorkflow } from "../workflows/expire-certificates"

/**
 * Just after midnight in Vietnam (17:01 UTC), and hourly after that so a missed night is caught
 * up within the hour: yesterday's last valid certificates expire, warnings go out once.
 */
export default async function expireOcopCertificates(container: MedusaContainer) {
  const { result } = await expireCertificatesWorkflow(container).run({ input: {} })
  if (result.expired.length || result.warned.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`OCOP: ${result.expired.length} certificate(s) expired, ${result.warned.length} warning(s) sent`)
  }
}

export const config = { name: "expire-ocop-certificates", schedule: "1 * * * *" }
