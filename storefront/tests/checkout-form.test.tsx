import type { ComponentProps } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import {
  createStaticHandler,
  createStaticRouter,
  Outlet,
  StaticRouterProvider,
  useActionData,
  useLoaderData,
} from "react-router"
import { describe, expect, it } from "vitest"
import Checkout from "~/routes/checkout"

const values = {
  email: "lan@example.vn",
  full_name: "Nguyễn Thị Lan",
  phone: "0123",
  province: "96",
  ward: "31825",
  street: "12 Trần Phú",
}
const wards = [{ code: "31825", name: "An Xuyên", fullName: "Phường An Xuyên" }]
const loaderData = {
  title: "Thanh toán",
  cart: {
    id: "cart_1",
    email: null,
    lines: [],
    count: 1,
    itemTotal: 100_000,
    shippingTotal: 0,
    taxTotal: 0,
    total: 100_000,
    shippingAddress: null,
    shippingOptionId: null,
  },
  provinces: [{ code: "96", name: "Cà Mau", fullName: "Tỉnh Cà Mau" }],
  wards,
  values,
  shippingOptions: [],
  paymentOptions: [],
}
const actionData = {
  intent: "address",
  fieldErrors: { phone: "Số điện thoại không hợp lệ, ví dụ 0912 345 678." },
  values,
  wards,
}

function CheckoutPage() {
  const props = { loaderData: useLoaderData(), actionData: useActionData(), params: {}, matches: [] }
  return <Checkout {...(props as unknown as ComponentProps<typeof Checkout>)} />
}

/**
 * The real checkout page rendered by React Router's static handler, with the data its loader and
 * action would return (they need the backend).
 */
async function renderCheckout(method: "GET" | "POST"): Promise<string> {
  const handler = createStaticHandler([
    {
      id: "root",
      path: "/",
      loader: () => ({ lang: "vi" }),
      Component: Outlet,
      children: [
        {
          id: "routes/checkout",
          path: "thanh-toan",
          loader: () => loaderData,
          action: () => actionData,
          Component: CheckoutPage,
        },
      ],
    },
  ])
  const body = method === "POST" ? new URLSearchParams({ intent: "address" }) : undefined
  const context = await handler.query(new Request("http://localhost:3000/thanh-toan", { method, body }))
  if (context instanceof Response) {
    throw new Error(`unexpected response ${context.status}`)
  }
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToStaticMarkup(<StaticRouterProvider router={router} context={context} hydrate={false} />)
}

/** The opening tag of the element with this id. */
function tag(markup: string, id: string): string {
  const found = new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(markup)
  if (!found) {
    throw new Error(`no element #${id}`)
  }
  return found[0]
}

const FIELDS = ["email", "province", "ward", "street", "full_name", "phone"]

describe("checkout address form", () => {
  it("labels every field, marks it required and links its hint", async () => {
    const markup = await renderCheckout("GET")
    for (const field of FIELDS) {
      expect(markup, field).toMatch(
        new RegExp(`<label for="${field}">[^<]+<span class="required-mark" aria-hidden="true"> \\*</span></label>`)
      )
      expect(tag(markup, field)).toContain(`name="${field}"`)
      expect(tag(markup, field)).toContain('aria-required="true"')
      expect(tag(markup, field)).not.toContain("aria-invalid")
    }
    expect(markup).toContain("Các mục có dấu * là bắt buộc.")
    expect(tag(markup, "phone")).toContain('aria-describedby="phone-hint"')
    expect(tag(markup, "ward")).toContain('aria-describedby="ward-hint"')
    expect(tag(markup, "ward-hint")).toContain('aria-live="polite"')
    expect(tag(markup, "full_name")).not.toContain("aria-describedby")
  })

  it("shows the action's error under its field and in the summary, keeping what was typed", async () => {
    const markup = await renderCheckout("POST")
    expect(tag(markup, "phone")).toContain('aria-invalid="true"')
    expect(tag(markup, "phone")).toContain('aria-describedby="phone-hint phone-error"')
    expect(tag(markup, "phone")).toContain('value="0123"')
    expect(markup).toContain(
      '<p id="phone-error" class="field-error">Số điện thoại không hợp lệ, ví dụ 0912 345 678.</p>'
    )
    expect(markup).toContain('<a href="#phone">Số điện thoại không hợp lệ, ví dụ 0912 345 678.</a>')
    expect(tag(markup, "street")).not.toContain("aria-invalid")
    expect(markup).not.toContain('id="street-error"')
  })
})
