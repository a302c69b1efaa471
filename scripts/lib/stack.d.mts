import type { ChildProcess } from "node:child_process"
import type { ProcessGroup, StartOptions } from "./processes.mjs"

export { waitForHttp } from "./processes.mjs"
export const ROOT: string
export const BACKEND: string
export const STOREFRONT: string
type Log = (message: string) => void
export function backendBuiltAt(): number
export function buildIfNeeded(options?: { log?: Log; force?: boolean }): Promise<boolean>
export interface LocalSecrets {
  JWT_SECRET: string
  COOKIE_SECRET: string
  SESSION_SECRET: string
  VNPAY_SANDBOX_SECRET: string
  SELLER_IDENTITY_KEY: string
  BANK_SANDBOX_SECRET: string
}
export type VNPayEnv = Record<"VNPAY_TMN_CODE" | "VNPAY_HASH_SECRET" | "VNPAY_URL" | "VNPAY_RETURN_URL", string>
export function vnpaySettings(options: { sandboxPort: number; storefrontUrl: string; secrets: LocalSecrets }): {
  sandbox: boolean
  env: VNPayEnv
}
export function startVNPaySandbox(
  group: ProcessGroup,
  options: {
    port: number
    vnpayEnv: VNPayEnv
    ipnUrl: string
    ipnMode?: "normal" | "late" | "lost" | "duplicate"
    onExit?: StartOptions["onExit"]
    logFile?: StartOptions["logFile"]
  }
): ChildProcess
export type SePayEnv = Partial<Record<"SEPAY_WEBHOOK_HMAC_SECRET" | "SEPAY_WEBHOOK_API_KEY", string>>
export function sepaySettings(options: { secrets: LocalSecrets }): { sandbox: boolean; env: SePayEnv }
export function startBankSandbox(
  group: ProcessGroup,
  options: {
    port: number
    hmacSecret: string
    webhookUrl: string
    onExit?: StartOptions["onExit"]
    logFile?: StartOptions["logFile"]
  }
): ChildProcess
export function localSecrets(file?: string): LocalSecrets
export function backendEnv(options: {
  secrets?: LocalSecrets
  vnpayEnv?: Partial<VNPayEnv>
  sepayEnv?: SePayEnv
  databaseUrl: string
  redisUrl?: string
  backendPort: number
  storefrontUrl: string
  production: boolean
}): Record<string, string>
export function migrate(env: Record<string, string>, options?: { log?: Log }): Promise<void>
export function seed(
  env: Record<string, string>,
  outputFile: string,
  options?: { log?: Log }
): Promise<{ seeded: boolean; publishableKey: string; products: number }>
export function startBackend(
  group: ProcessGroup,
  env: Record<string, string>,
  options?: {
    production?: boolean
    onExit?: StartOptions["onExit"]
    logFile?: StartOptions["logFile"]
    workerMode?: "shared" | "server" | "worker"
  }
): ChildProcess
export function startStorefront(
  group: ProcessGroup,
  options: {
    port: number
    backendUrl: string
    publishableKey: string
    production?: boolean
    onExit?: StartOptions["onExit"]
    logFile?: StartOptions["logFile"]
    secrets?: LocalSecrets
  }
): ChildProcess
export function writeJson(file: string, data: unknown): void
export function readJson<T = unknown>(file: string): T | null
