/** What the seller channel's actions share: translated field errors and the API's refusals for a form. */
import { type ApiErrorLike, mapApiError } from "./api-errors"
import { type Lang, type MessageKey, translate } from "./i18n"
import type { FieldErrors } from "./seller-form"
import type { SellerErrorCode } from "./vendor-types"
import { isSellerErrorCode } from "./vendor-types"

const CODE_KEYS: Record<SellerErrorCode, MessageKey> = {
  seller_already_member: "seller.code.seller_already_member",
  seller_handle_taken: "seller.code.seller_handle_taken",
  seller_not_approved: "seller.code.seller_not_approved",
  seller_owner_only: "seller.code.seller_owner_only",
  seller_status_transition: "seller.code.seller_status_transition",
  seller_invite_invalid: "seller.code.seller_invite_invalid",
  // The photo pipeline's own message says what is wrong with the file (size, pixels, format).
  seller_photo_refused: "seller.code.seller_photo_refused",
}

/** Our wording for a refusal's stable code, or undefined for codes we leave to the backend's message. */
export function sellerCodeMessage(lang: Lang, code: string): string | undefined {
  if (!isSellerErrorCode(code) || code === "seller_photo_refused") {
    return undefined
  }
  return translate(lang, CODE_KEYS[code])
}

export function sellerCodeKey(code: SellerErrorCode): MessageKey {
  return CODE_KEYS[code]
}

export function translateErrors<F extends string>(lang: Lang, errors: FieldErrors<F>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, key] of Object.entries(errors) as [F, MessageKey | undefined][]) {
    if (key) {
      out[field] = translate(lang, key)
    }
  }
  return out
}

/** A refusal of the API as the form shows it, in the page's language where we have words for it. */
export function apiFormErrors(
  lang: Lang,
  error: ApiErrorLike,
  fields: readonly string[],
  codeFields?: Readonly<Record<string, string>>
): { fieldErrors: Record<string, string>; messages: string[] } {
  return mapApiError(error, { fields, codeFields, codeMessage: (code) => sellerCodeMessage(lang, code) })
}
