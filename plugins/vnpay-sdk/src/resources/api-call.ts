import { toStringRecord, verifyApiResponse } from "../api-response.js"
import type { ClientContext } from "../context.js"
import { postJson } from "../http.js"
import { newRequestId } from "../request-id.js"
import type { RequestOptions } from "../types.js"
import { validateInteger, validateRequestId } from "../validation.js"

/** Picks the request's vnp_RequestId: params, then options, then a new one. Validated. */
export function chooseRequestId(fromParams: string | undefined, options: RequestOptions): string {
  if (fromParams !== undefined) return validateRequestId(fromParams)
  if (options.requestId !== undefined) return validateRequestId(options.requestId)
  return newRequestId()
}

export function checkRequestOptions(options: RequestOptions | undefined): RequestOptions {
  const checked = options ?? {}
  if (checked.timeout !== undefined) validateInteger(checked.timeout, "timeout", { min: 1 })
  if (checked.maxNetworkRetries !== undefined)
    validateInteger(checked.maxNetworkRetries, "maxNetworkRetries", { min: 0, max: 10 })
  return checked
}

/**
 * POSTs a signed querydr/refund body (retries reuse it), verifies the signed answer and that it
 * answers this request (its vnp_TxnRef and vnp_Command), returns its fields.
 */
export async function callTransactionApi(
  context: ClientContext,
  body: Readonly<Record<string, string>>,
  responseHashFields: readonly string[],
  options: RequestOptions
): Promise<Record<string, string>> {
  const response = await postJson(context.environment.apiUrl, body, context.http, options)
  const raw = toStringRecord(response.body)
  verifyApiResponse(
    raw,
    responseHashFields,
    context,
    { txnRef: body.vnp_TxnRef, command: body.vnp_Command },
    response.status
  )
  return raw
}
