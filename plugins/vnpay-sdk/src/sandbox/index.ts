import type { AddressInfo } from "node:net"
import { SandboxEngine } from "./engine.js"
import { createSandboxServer } from "./server.js"
import type { Sandbox, SandboxOptions } from "./types.js"

export { QUERYDR_RESPONSE_FIELDS, REFUND_RESPONSE_FIELDS } from "./api-responses.js"
export { API_PATH, CONFIRM_PATH, PAYMENT_PATH } from "./server.js"
export type {
  IpnAttempt,
  IpnMode,
  IpnOptions,
  PaymentMethod,
  PaymentResult,
  RefundOutcome,
  RefundStatus,
  Sandbox,
  SandboxConfig,
  SandboxConfigPatch,
  SandboxOptions,
  SandboxRefund,
  SandboxSwitches,
  SandboxTransaction,
} from "./types.js"

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "localhost"
  return host.includes(":") ? `[${host}]` : host
}

/**
 * Starts a local server that speaks VNPay 2.1.0 (payment page, return URL, IPN, querydr,
 * refund) for whatever tmnCode and hashSecret it is given. A test double: never real money.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  if (!options.tmnCode || !options.hashSecret) throw new TypeError("startSandbox: tmnCode and hashSecret are required")
  const engine = new SandboxEngine(options)
  const server = createSandboxServer(engine)
  const host = options.host ?? "127.0.0.1"
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const url = (options.publicUrl ?? `http://${urlHost(host)}:${port}`).replace(/\/+$/, "")
  engine.log(`VNPay sandbox listening on ${url} (TmnCode ${options.tmnCode}, IPN → ${options.ipnUrl ?? "none"})`)
  let closing: Promise<void> | undefined
  return {
    url,
    port,
    configure: (patch) => {
      const configured = engine.configure(patch)
      if (!configured.ok) throw new TypeError(`sandbox.configure: ${configured.error}`)
      return configured.config
    },
    transactions: () => engine.state.list(),
    close: () =>
      (closing ??= (async () => {
        await engine.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
      })()),
  }
}
