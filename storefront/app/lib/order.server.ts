import type { HttpTypes } from "@medusajs/types";
import { toAddress, toLine } from "./cart.server";
import type { Lang } from "./i18n";
import { errorStatus, localeHeaders, sdk } from "./medusa.server";
import type { OrderVM } from "./types";

const ORDER_FIELDS = "*items,+items.thumbnail,+items.product.metadata,*shipping_address,*shipping_methods";

export function toOrderVM(order: HttpTypes.StoreOrder): OrderVM {
  return {
    id: order.id,
    displayId: typeof order.display_id === "number" ? order.display_id : null,
    createdAt: order.created_at ? new Date(order.created_at).toISOString() : null,
    email: order.email ?? null,
    lines: (order.items ?? []).map((item) => toLine(item)),
    itemTotal: Number(order.item_total ?? 0),
    shippingTotal: Number(order.shipping_total ?? 0),
    taxTotal: Number(order.tax_total ?? 0),
    total: Number(order.total ?? 0),
    address: toAddress(order.shipping_address),
    shippingMethodName: order.shipping_methods?.[0]?.name ?? null,
  };
}

/** Medusa's store API returns an order by its (unguessable) id without a customer login. */
export async function getOrder(id: string, lang: Lang): Promise<OrderVM | null> {
  try {
    const { order } = await sdk().store.order.retrieve(id, { fields: ORDER_FIELDS }, localeHeaders(lang));
    return toOrderVM(order);
  } catch (error) {
    const status = errorStatus(error);
    if (status === 404 || status === 400) {
      return null;
    }
    throw error;
  }
}
