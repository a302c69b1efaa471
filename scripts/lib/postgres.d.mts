export function checkDatabaseUrl(url: string, options?: { create?: boolean }): Promise<void>
export function redact(url: string): string
export function startEmbeddedPostgres(
  dataDir: string,
  options?: { database?: string; log?: (message: string) => void }
): Promise<{ url: string; port: number; fresh: boolean; stop(): Promise<void> }>
