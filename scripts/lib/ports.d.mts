export function isPortFree(port: number, host?: string): Promise<boolean>
export function findFreePort(from: number): Promise<number>
