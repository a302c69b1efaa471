/**
 * End-to-end through the route modules against a running, seeded backend:
 *   MEDUSA_LIVE=1 MEDUSA_PUBLISHABLE_KEY=pk_… npx vitest run tests/live.test.ts
 * Skipped otherwise. It places one COD order.
 */
import { describe, expect, it } from "vitest";
import type { CartVM, OrderVM, ProductCardVM, ProductDetailVM, ShippingOptionVM } from "~/lib/types";
import { action as cartAction, loader as cartLoader } from "~/routes/cart";
import { action as checkoutAction, loader as checkoutLoader } from "~/routes/checkout";
import { loader as homeLoader } from "~/routes/home";
import { loader as orderLoader } from "~/routes/order";
import { action as productAction, loader as productLoader } from "~/routes/product";
import { postForm, routeArgs, unwrapData } from "./helpers";

const ORIGIN = "http://localhost:5173";
const live = process.env.MEDUSA_LIVE === "1";

/** A tiny cookie jar: Set-Cookie headers in, a Cookie header out. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ""] = header.split(";");
      const [name = "", ...rest] = pair.split("=");
      const value = rest.join("=");
      if (/max-age=0/i.test(header) || value === "") {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

describe.runIf(live)("against the running backend", () => {
  const jar = new Jar();
  let product: ProductDetailVM;

  it("home lists featured products with srcset images", async () => {
    const { value } = unwrapData(await homeLoader(routeArgs(new Request(`${ORIGIN}/`), {})));
    const featured = (value as { featured: ProductCardVM[] }).featured;
    expect(featured.length).toBeGreaterThan(0);
    expect(featured[0]?.image?.srcSet).toMatch(/ 320w, .* 640w, .* 1200w$/);
    expect(featured[0]?.priceFrom).toBeGreaterThan(0);
    const { value: detail } = unwrapData(
      await productLoader(routeArgs(new Request(`${ORIGIN}/san-pham/${featured[0]?.handle}`), { handle: featured[0]?.handle ?? "" })),
    );
    product = (detail as { product: ProductDetailVM }).product;
    expect(product.variants.length).toBeGreaterThan(0);
    expect(product.producer?.name).toBeTruthy();
  });

  it("refuses more than the stock with a translated message", async () => {
    const variant = product.variants.find((v) => v.stock !== null && v.stock > 0 && v.stock < 99);
    expect(variant, "a variant with a stock below 99").toBeDefined();
    const request = postForm(`${ORIGIN}/san-pham/${product.handle}`, {
      intent: "add",
      variant: variant?.id ?? "",
      quantity: String(Math.min(99, (variant?.stock ?? 0) + 1)),
    });
    const { value, status } = unwrapData(await productAction(routeArgs(request, { handle: product.handle })));
    expect(status).toBe(400);
    expect(value).toMatchObject({ error: "cart.error.stock" });
  });

  it("adds to a new cart, sets the cart cookie and redirects back with a success flag", async () => {
    const variant = product.variants.find((v) => v.stock === null || v.stock > 0);
    const request = postForm(`${ORIGIN}/san-pham/${product.handle}`, { intent: "add", variant: variant?.id ?? "", quantity: "1" });
    const response = await productAction(routeArgs(request, { handle: product.handle }));
    expect(response).toBeInstanceOf(Response);
    const redirect = response as Response;
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("Location")).toContain("added=1");
    jar.take(redirect);
    expect(jar.has("choso_cart")).toBe(true);

    const { value } = unwrapData(await cartLoader(routeArgs(new Request(`${ORIGIN}/gio-hang`, { headers: { Cookie: jar.header() } }), {})));
    const cart = (value as { cart: CartVM }).cart;
    expect(cart.count).toBe(1);
    expect(cart.lines[0]?.productHandle).toBe(product.handle);
  });

  it("changes a quantity in the cart", async () => {
    const { value } = unwrapData(await cartLoader(routeArgs(new Request(`${ORIGIN}/gio-hang`, { headers: { Cookie: jar.header() } }), {})));
    const line = (value as { cart: CartVM }).cart.lines[0];
    const request = postForm(`${ORIGIN}/gio-hang`, { intent: "update", line_id: line?.id ?? "", quantity: "2" }, { Cookie: jar.header() });
    const response = await cartAction(routeArgs(request, {}));
    expect((response as Response).status).toBe(303);
    const after = unwrapData(await cartLoader(routeArgs(new Request(`${ORIGIN}/gio-hang`, { headers: { Cookie: jar.header() } }), {})));
    expect((after.value as { cart: CartVM }).cart.count).toBe(2);
  });

  it("saves the address in the mandatory format and picks the only shipping option", async () => {
    const request = postForm(
      `${ORIGIN}/thanh-toan`,
      {
        intent: "address",
        email: "live-test@example.com",
        full_name: "Nguyễn Thị Lan",
        phone: "0912.345.678",
        province: "96",
        ward: "31825",
        street: "12 Trần Phú",
      },
      { Cookie: jar.header() },
    );
    const response = await checkoutAction(routeArgs(request, {}));
    expect(response).toBeInstanceOf(Response);
    expect((response as Response).headers.get("Location")).toBe("/thanh-toan#buoc-giao-hang");

    const { value } = unwrapData(await checkoutLoader(routeArgs(new Request(`${ORIGIN}/thanh-toan`, { headers: { Cookie: jar.header() } }), {})));
    const page = value as { cart: CartVM; shippingOptions: ShippingOptionVM[] };
    expect(page.cart.shippingAddress).toMatchObject({
      fullName: "Nguyễn Thị Lan",
      phone: "0912345678",
      wardName: "Phường Bạc Liêu",
      provinceCode: "96",
      wardCode: "31825",
      provinceName: "Tỉnh Cà Mau",
    });
    expect(page.shippingOptions.length).toBeGreaterThan(0);
    expect(page.cart.shippingOptionId).toBe(page.shippingOptions[0]?.id);
    expect(page.cart.total).toBe(page.cart.itemTotal + page.cart.shippingTotal);
  });

  it("places a COD order, clears the cart and shows the confirmation to this browser only", async () => {
    const request = postForm(`${ORIGIN}/thanh-toan`, { intent: "place-order", payment_provider: "pp_system_default" }, { Cookie: jar.header() });
    const response = (await checkoutAction(routeArgs(request, {}))) as Response;
    expect(response.status).toBe(303);
    const location = response.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/don-hang\/order_/);
    jar.take(response);
    expect(jar.has("choso_cart")).toBe(false);
    expect(jar.has("choso_orders")).toBe(true);

    const id = location.split("/").pop() ?? "";
    const mine = unwrapData(await orderLoader(routeArgs(new Request(`${ORIGIN}${location}`, { headers: { Cookie: jar.header() } }), { id })));
    const order = (mine.value as { order: OrderVM; mine: boolean });
    expect(order.mine).toBe(true);
    expect(order.order.displayId).toBeGreaterThan(0);
    expect(order.order.address?.wardName).toBe("Phường Bạc Liêu");
    expect(order.order.lines[0]?.quantity).toBe(2);

    const stranger = unwrapData(await orderLoader(routeArgs(new Request(`${ORIGIN}${location}`), { id })));
    expect((stranger.value as { order: OrderVM; mine: boolean }).mine).toBe(false);
    expect((stranger.value as { order: OrderVM }).order.address).toBeNull();
  });
});
