/** The admin's own paths (react-router adds the admin's /app base). */
export const marketPath = (id: string) => `/markets/${encodeURIComponent(id)}`
export const stallPath = (id: string) => `/markets/stalls/${encodeURIComponent(id)}`
/** The seller's page of the marketplace plugin. */
export const sellerPath = (id: string) => `/sellers/${encodeURIComponent(id)}`
export const MARKETS_PATH = "/markets"
