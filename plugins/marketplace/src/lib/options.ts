import { MedusaError } from "@medusajs/framework/utils"

export interface MarketplaceOptions {
  /** Encrypts sellers' ID numbers (SELLER_IDENTITY_KEY); medusa-config refuses a weak one in production. */
  identityKey?: string
  /** Base of the links in e-mails (password reset, invitations). */
  storefrontUrl?: string
  inviteTtlHours?: number
}

export interface ResolvedMarketplaceOptions {
  identityKey: string
  storefrontUrl: string
  inviteTtlHours: number
}

export function resolveMarketplaceOptions(options: MarketplaceOptions): ResolvedMarketplaceOptions {
  if (!options.identityKey || options.identityKey.length < 16) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "@choso/marketplace needs identityKey (SELLER_IDENTITY_KEY, at least 16 characters) to encrypt ID numbers"
    )
  }
  return {
    identityKey: options.identityKey,
    storefrontUrl: (options.storefrontUrl || "http://localhost:3000").replace(/\/+$/, ""),
    inviteTtlHours: options.inviteTtlHours ?? 72,
  }
}
