import { renderToStaticMarkup } from "react-dom/server"
import { createStaticHandler, createStaticRouter, Outlet, StaticRouterProvider, useLoaderData } from "react-router"
import { describe, expect, it } from "vitest"
import { EMPTY_REGISTRATION } from "~/lib/seller-form"
import { type RegisterActionResult, RegisterForm } from "~/routes/seller/register"

const provinces = [
  { code: "48", name: "Đà Nẵng", fullName: "Thành phố Đà Nẵng" },
  { code: "96", name: "Cà Mau", fullName: "Tỉnh Cà Mau" },
]

/** The page's form with the data its action would return (the action needs the backend). */
function RegisterPage() {
  const { result } = useLoaderData() as { result: RegisterActionResult | undefined }
  return <RegisterForm provinces={provinces} result={result} />
}

async function render(result: RegisterActionResult | undefined, lang: "vi" | "en" = "vi"): Promise<string> {
  const handler = createStaticHandler([
    {
      id: "root",
      path: "/",
      loader: () => ({ lang }),
      Component: Outlet,
      children: [
        {
          id: "routes/seller/register",
          path: "kenh-nguoi-ban/dang-ky",
          loader: () => ({ result }),
          Component: RegisterPage,
        },
      ],
    },
  ])
  const context = await handler.query(new Request("http://localhost:3000/kenh-nguoi-ban/dang-ky"))
  if (context instanceof Response) {
    throw new Error(`unexpected response ${context.status}`)
  }
  const router = createStaticRouter(handler.dataRoutes, context)
  return renderToStaticMarkup(<StaticRouterProvider router={router} context={context} hydrate={false} />)
}

/** The opening tag of the element with this id. */
function tag(markup: string, id: string): string {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const found = new RegExp(`<[a-z]+ [^>]*id="${escaped}"[^>]*>`).exec(markup)
  if (!found) {
    throw new Error(`no element #${id}`)
  }
  return found[0]
}

const REQUIRED_TEXT = [
  "account_email",
  "password",
  "name",
  "representative",
  "id_number",
  "phone",
  "province_code",
  "ward_code",
  "address_line",
  "bank_bin",
  "bank_account_number",
  "bank_account_name",
]
const OPTIONAL_TEXT = ["tax_code", "business_registration_number", "email", "story_vi", "story_en"]

describe("seller registration form", () => {
  it("has one h1, labels every control and names it as the API does", async () => {
    const markup = await render(undefined)
    expect(markup.match(/<h1[ >]/g)).toHaveLength(1)
    for (const field of REQUIRED_TEXT) {
      expect(markup, field).toMatch(
        new RegExp(`<label for="${field}">[^<]+<span class="required-mark" aria-hidden="true"> \\*</span></label>`)
      )
      expect(tag(markup, field)).toContain(`name="${field}"`)
      expect(tag(markup, field)).toContain('aria-required="true"')
      expect(tag(markup, field)).not.toContain("aria-invalid")
    }
    for (const field of OPTIONAL_TEXT) {
      expect(markup, field).toMatch(new RegExp(`<label for="${field}">[^<]+</label>`))
      expect(tag(markup, field)).not.toContain("aria-required")
    }
    expect(tag(markup, "password")).toContain('type="password"')
    expect(tag(markup, "password")).toMatch(/autocomplete="new-password"/i)
    expect(tag(markup, "id_number")).toMatch(/inputmode="numeric"/i)
    expect(tag(markup, "id_number")).toContain('aria-describedby="id_number-hint"')
    expect(markup).toContain("Các mục có dấu * là bắt buộc.")
  })

  it("offers kind and legal form as labelled radio cards, and the banks by Napas BIN", async () => {
    const markup = await render(undefined)
    expect(markup).toMatch(/<fieldset class="choice-group field"><legend>Loại người bán<span class="required-mark"/)
    for (const kind of ["cooperative", "enterprise", "household", "stall"]) {
      expect(markup).toMatch(new RegExp(`<input id="kind(-${kind})?" type="radio" name="kind"[^>]*value="${kind}"`))
    }
    for (const form of ["organisation", "household_business", "individual"]) {
      expect(markup).toMatch(new RegExp(`type="radio" name="legal_form"[^>]*value="${form}"`))
    }
    expect(markup).toContain('<option value="970436">Vietcombank — Ngân hàng TMCP Ngoại thương Việt Nam</option>')
    expect(markup.match(/<option value="9704\d\d">/g)).toHaveLength(10)
    // Without JavaScript the ward list comes from a POST (the form has a password).
    expect(markup).toMatch(
      /<button type="submit" formMethod="post" formNoValidate="" name="intent" value="choose_ward"/i
    )
    expect(tag(markup, "ward_code")).toContain("disabled")
  })

  it("shows errors by their fields and in the summary, keeps what was typed but not the password", async () => {
    const values = {
      ...EMPTY_REGISTRATION,
      account_email: "lan@example.vn",
      kind: "household",
      legal_form: "individual",
      name: "Nguyễn Thị Lan",
      id_number: "0961",
      province_code: "96",
      ward_code: "32002",
    }
    const markup = await render({
      values,
      wards: [{ code: "32002", fullName: "Xã Khánh An" }],
      fieldErrors: { id_number: "Số CCCD gồm đúng 12 chữ số." },
      messages: ["Logo không đọc được."],
    })
    expect(tag(markup, "id_number")).toContain('aria-invalid="true"')
    expect(tag(markup, "id_number")).toContain('aria-describedby="id_number-hint id_number-error"')
    expect(tag(markup, "id_number")).toContain('value="0961"')
    expect(markup).toContain('<p id="id_number-error" class="field-error">Số CCCD gồm đúng 12 chữ số.</p>')
    expect(markup).toContain('<a href="#id_number">Số CCCD gồm đúng 12 chữ số.</a>')
    expect(markup).toContain('<div class="alert alert-error" role="alert">Logo không đọc được.</div>')
    expect(tag(markup, "account_email")).toContain('value="lan@example.vn"')
    expect(tag(markup, "password")).not.toContain("value=")
    expect(markup).toContain("Vì an toàn, vui lòng nhập lại mật khẩu.")
    expect(markup).toMatch(/<input id="kind-household" type="radio" name="kind"[^>]*checked=""/)
    expect(markup).toMatch(/<option value="32002" selected="">Xã Khánh An<\/option>/)
    expect(tag(markup, "ward_code")).not.toContain("disabled")
  })

  it("speaks English when the shopper chose it", async () => {
    const markup = await render(undefined, "en")
    expect(markup).toContain('<h1 id="register-title">Register to sell</h1>')
    expect(markup).toMatch(/<label for="id_number">Representative&#x27;s citizen ID \(CCCD\)/)
  })
})
