/** @choso/bank-sandbox is JavaScript with JSDoc types (packages/bank-sandbox/server.mjs). */
declare module "@choso/bank-sandbox" {
  export function startBankSandbox(options: {
    port?: number
    host?: string
    webhookUrl: string
    hmacSecret?: string
    apiKey?: string
  }): Promise<{ url: string; close(): Promise<void> }>
}
