import type { HttpTypes } from "@medusajs/types";
import { VNPAY_PROVIDER_ID, type VNPayBankCode } from "./checkout.server";
import { translate, type Lang, type MessageKey } from "./i18n";
import { errorStatus, isClientError, localeHeaders, sdk } from "./medusa.server";

/** VNPay's vnp_Locale for the UI language. */
export function vnpayLocale(lang: Lang): "vn" | "en" {
  return lang === "en" ? "en" : "vn";
}

const IP_PATTERN = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]{2,39}(?:%\w+)?|::ffff:\d{1,3}(?:\.\d{1,3}){3})$/;

/**
 * The shopper's IP for vnp_IpAddr: the first hop of X-Forwarded-For (set by the proxy in front of
 * the storefront), else the socket's address when the server passes one, else 127.0.0.1.
 */
export function shopperIp(request: Request, remoteAddress?: string | null): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  for (const candidate of [forwarded, request.headers.get("x-real-ip")?.trim(), remoteAddress?.trim()]) {
    if (candidate && IP_PATTERN.test(candidate)) {
      return candidate;
    }
  }
  return "127.0.0.1";
}

export type StartVNPayResult = { ok: true; paymentUrl: string; txnRef: string | null } | { ok: false; message: MessageKey; detail?: string };

/**
 * Starts (or restarts: a new session replaces the cart's previous one) a VNPay payment for the cart.
 * The cart is NOT completed here: the backend turns it into an order when VNPay confirms the payment.
 * `cart` must carry its payment_collection (CART_FIELDS does), so no second collection is created.
 */
export async function startVNPayPayment(
  cart: HttpTypes.StoreCart,
  lang: Lang,
  bankCode: VNPayBankCode,
  ip: string,
): Promise<StartVNPayResult> {
  let collection: HttpTypes.StorePaymentCollection;
  try {
    const result = await sdk().store.payment.initiatePaymentSession(
      cart,
      { provider_id: VNPAY_PROVIDER_ID, data: { bank_code: bankCode, ip, locale: vnpayLocale(lang) } },
      undefined,
      localeHeaders(lang),
    );
    collection = result.payment_collection;
  } catch (error) {
    if (isClientError(error)) {
      return { ok: false, message: "checkout.error.vnpay", detail: error.message };
    }
    throw error;
  }
  const session = (collection.payment_sessions ?? []).find((s) => s.provider_id === VNPAY_PROVIDER_ID);
  const url = session?.data?.payment_url;
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) {
    return { ok: false, message: "checkout.error.vnpay", detail: "The VNPay session has no payment_url" };
  }
  const txnRef = session?.data?.txn_ref;
  return { ok: true, paymentUrl: url, txnRef: typeof txnRef === "string" ? txnRef : null };
}

/** What the backend's GET /store/vnpay/return answers for VNPay's signed return query. */
export interface VNPayReturnResult {
  txn_ref: string;
  amount: number;
  status: "paid" | "failed" | "pending";
  response_code: string;
  message: { vi: string; en: string };
  cart_id: string | null;
  order_id: string | null;
}

export type VNPayReturnLookup =
  | { kind: "ok"; result: VNPayReturnResult }
  /** 400: wrong or missing signature (or a malformed query). Nothing about the payment is known. */
  | { kind: "invalid" }
  /** 404: no VNPay payment with this reference. */
  | { kind: "not_found" };

/** Our own query parameters on the return URL (never sent to the backend). */
export const OWN_RETURN_PARAMS = ["poll"] as const;

/** The return query as VNPay sent it, minus the storefront's own parameters. */
export function forwardedReturnQuery(url: URL): string {
  if (!OWN_RETURN_PARAMS.some((name) => url.searchParams.has(name))) {
    return url.search.replace(/^\?/, "");
  }
  const params = new URLSearchParams(url.search);
  for (const name of OWN_RETURN_PARAMS) {
    params.delete(name);
  }
  return params.toString();
}

function isReturnResult(value: unknown): value is VNPayReturnResult {
  if (!value || typeof value !== "object") {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (
    typeof v.txn_ref === "string" &&
    (v.status === "paid" || v.status === "failed" || v.status === "pending")
  );
}

/** Asks the backend what a VNPay return means. Money counts as received only when it says "paid". */
export async function lookupVNPayReturn(query: string, lang: Lang): Promise<VNPayReturnLookup> {
  try {
    const answer: unknown = await sdk().client.fetch(`/store/vnpay/return${query ? `?${query}` : ""}`, {
      method: "GET",
      headers: localeHeaders(lang),
    });
    if (!isReturnResult(answer)) {
      throw new Error("Unexpected answer from /store/vnpay/return");
    }
    return {
      kind: "ok",
      result: {
        ...answer,
        amount: Number(answer.amount ?? 0),
        response_code: typeof answer.response_code === "string" ? answer.response_code : "",
        message: answer.message ?? { vi: "", en: "" },
        cart_id: answer.cart_id ?? null,
        order_id: answer.order_id ?? null,
      },
    };
  } catch (error) {
    const status = errorStatus(error);
    if (status === 404) {
      return { kind: "not_found" };
    }
    if (status === 400) {
      return { kind: "invalid" };
    }
    throw error;
  }
}

/** Response codes the storefront explains in its own words; others use VNPay's description. */
const REASON_KEYS: Record<string, MessageKey> = {
  "24": "vnpay.reason.cancelled",
  "51": "vnpay.reason.insufficient",
  "11": "vnpay.reason.timeout",
};

/** Why a VNPay payment failed, in the UI language. */
export function failureReason(lang: Lang, result: Pick<VNPayReturnResult, "response_code" | "message">): string {
  const key = REASON_KEYS[result.response_code];
  if (key) {
    return translate(lang, key);
  }
  const described = (lang === "en" ? result.message?.en : result.message?.vi) || result.message?.vi || result.message?.en;
  if (described) {
    return translate(lang, "vnpay.reason.described", { message: described, code: result.response_code || "?" });
  }
  return translate(lang, "vnpay.reason.unknown");
}

export function isCancelled(responseCode: string): boolean {
  return responseCode === "24";
}
