import { randomBytes } from "node:crypto"
// One definition of VNPay's response hash orders, shared with the client that verifies them.
import {
  QUERYDR_RESPONSE_HASH_FIELDS as QUERYDR_RESPONSE_FIELDS,
  REFUND_RESPONSE_HASH_FIELDS as REFUND_RESPONSE_FIELDS,
} from "../api-response.js"
import { API_RESPONSE_CODES } from "../codes.js"
import { hashFields } from "../signing.js"

export { QUERYDR_RESPONSE_FIELDS, REFUND_RESPONSE_FIELDS }

export type ApiCommand = "querydr" | "refund"
export type ApiResponse = Record<string, string>

const SUCCESS_MESSAGE: Record<ApiCommand, string> = {
  querydr: "QueryDR Success",
  refund: "Refund Success",
}

function message(command: string, code: string): string {
  if (code === "00" && (command === "querydr" || command === "refund")) return SUCCESS_MESSAGE[command]
  return (API_RESPONSE_CODES[code] ?? API_RESPONSE_CODES["99"]).en
}

/**
 * A signed API answer. Absent fields are left out of the JSON and hashed as empty strings,
 * which is how both VNPay's samples and the `vnpay` package read them.
 */
export function apiResponse(
  secret: string,
  command: string,
  code: string,
  fields: Record<string, string | undefined>
): ApiResponse {
  const body: ApiResponse = {
    vnp_ResponseId: randomBytes(16).toString("hex"),
    vnp_Command: command,
    vnp_ResponseCode: code,
    vnp_Message: message(command, code),
  }
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined && value !== "") body[key] = value
  }
  const order = command === "refund" ? REFUND_RESPONSE_FIELDS : QUERYDR_RESPONSE_FIELDS
  body.vnp_SecureHash = hashFields(
    secret,
    order.map((key) => body[key])
  )
  return body
}
