import { isRefundOutcome, MAX_API_DELAY_MS, REFUND_OUTCOMES } from "./switches.js"
import type { IpnMode, SandboxOptions } from "./types.js"

export const USAGE = `vnpay-sandbox — a local VNPay 2.1.0 sandbox (test double; never real money)

Usage: vnpay-sandbox --tmn-code CODE --hash-secret SECRET [options]

  --port N            VNPAY_SANDBOX_PORT        default 8090
  --host H            VNPAY_SANDBOX_HOST        default 127.0.0.1
  --tmn-code CODE     VNPAY_TMN_CODE            required
  --hash-secret S     VNPAY_HASH_SECRET         required
  --ipn-url URL       VNPAY_IPN_URL             where IPNs are sent
  --ipn-mode M        VNPAY_SANDBOX_IPN_MODE    normal | late | lost | duplicate
  --ipn-delay-ms N    VNPAY_SANDBOX_IPN_DELAY_MS   delay of "late" IPNs (5000)
  --public-url URL    VNPAY_SANDBOX_PUBLIC_URL  base URL shown in pages
  --refund R          VNPAY_SANDBOX_REFUND      settle | processing | reject (settle)
  --api-delay-ms N    VNPAY_SANDBOX_API_DELAY_MS   delay of querydr/refund answers (0)
  -h, --help
`

export type CliResult = { help: true } | { help: false; options: SandboxOptions } | { help: false; error: string }

const FLAGS: Record<string, string> = {
  "--port": "VNPAY_SANDBOX_PORT",
  "--host": "VNPAY_SANDBOX_HOST",
  "--tmn-code": "VNPAY_TMN_CODE",
  "--hash-secret": "VNPAY_HASH_SECRET",
  "--ipn-url": "VNPAY_IPN_URL",
  "--ipn-mode": "VNPAY_SANDBOX_IPN_MODE",
  "--ipn-delay-ms": "VNPAY_SANDBOX_IPN_DELAY_MS",
  "--public-url": "VNPAY_SANDBOX_PUBLIC_URL",
  "--refund": "VNPAY_SANDBOX_REFUND",
  "--api-delay-ms": "VNPAY_SANDBOX_API_DELAY_MS",
}

const MODES: readonly IpnMode[] = ["normal", "late", "lost", "duplicate"]

/** Flags win over environment variables. */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>): CliResult {
  const values: Record<string, string | undefined> = {}
  for (const [flag, name] of Object.entries(FLAGS)) values[flag] = env[name] || undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === "-h" || arg === "--help") return { help: true }
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined]
    if (!(flag in FLAGS)) return { help: false, error: `unknown option ${arg}` }
    const value = inline ?? argv[++i]
    if (value === undefined) return { help: false, error: `${flag} needs a value` }
    values[flag] = value
  }
  const port = Number(values["--port"] ?? "8090")
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { help: false, error: "--port must be 0-65535" }
  const tmnCode = values["--tmn-code"]
  const hashSecret = values["--hash-secret"]
  if (!tmnCode || !hashSecret)
    return { help: false, error: "--tmn-code and --hash-secret (or VNPAY_TMN_CODE, VNPAY_HASH_SECRET) are required" }
  const mode = values["--ipn-mode"] ?? "normal"
  if (!MODES.includes(mode as IpnMode)) return { help: false, error: `--ipn-mode must be one of ${MODES.join(", ")}` }
  const delay = values["--ipn-delay-ms"]
  if (delay !== undefined && !/^\d+$/.test(delay))
    return { help: false, error: "--ipn-delay-ms must be a whole number" }
  const refund = values["--refund"] ?? "settle"
  if (!isRefundOutcome(refund)) return { help: false, error: `--refund must be one of ${REFUND_OUTCOMES.join(", ")}` }
  const apiDelay = values["--api-delay-ms"]
  if (apiDelay !== undefined && (!/^\d+$/.test(apiDelay) || Number(apiDelay) > MAX_API_DELAY_MS)) {
    return { help: false, error: `--api-delay-ms must be a whole number, 0-${MAX_API_DELAY_MS}` }
  }
  return {
    help: false,
    options: {
      tmnCode,
      hashSecret,
      port,
      host: values["--host"],
      ipnUrl: values["--ipn-url"],
      publicUrl: values["--public-url"],
      ipn: { mode: mode as IpnMode, ...(delay !== undefined ? { delayMs: Number(delay) } : {}) },
      refund,
      ...(apiDelay !== undefined ? { apiDelayMs: Number(apiDelay) } : {}),
    },
  }
}
