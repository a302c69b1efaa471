import { createContext, useContext } from "react"

/**
 * The Content-Security-Policy nonce of this response, for React Router's inline scripts. Only the
 * server render has one; in the browser it is undefined (the scripts have already run).
 */
export const NonceContext = createContext<string | undefined>(undefined)

export function useNonce(): string | undefined {
  return useContext(NonceContext)
}
