import { describe, expect, it } from "vitest"
import { issueFieldName, mapApiError } from "~/lib/api-errors"

const fields = ["name", "tax_code", "ward_code", "variants.0.price", "account_email"]

describe("issueFieldName", () => {
  it("reads zod paths, bracket and dotted names alike", () => {
    expect(issueFieldName(["variants", 0, "price"])).toBe("variants.0.price")
    expect(issueFieldName("variants[0].price")).toBe("variants.0.price")
    expect(issueFieldName("variants.0.price")).toBe("variants.0.price")
    expect(issueFieldName("")).toBeNull()
    expect(issueFieldName(42)).toBeNull()
  })
})

describe("mapApiError", () => {
  it("puts each issue next to its field and keeps the rest for the whole form", () => {
    const mapped = mapApiError(
      {
        status: 400,
        message: "Dữ liệu không hợp lệ",
        issues: [
          { field: "tax_code", message: "Mã số thuế đã được dùng cho người bán khác." },
          { field: ["variants", 0, "price"], message: "Giá phải lớn hơn 0." },
          { field: "address.ward_code", message: "Phường/xã không thuộc tỉnh đã chọn." },
          { field: "logo", message: "Logo không đọc được." },
        ],
      },
      { fields }
    )
    expect(mapped).toEqual({
      fieldErrors: {
        tax_code: "Mã số thuế đã được dùng cho người bán khác.",
        "variants.0.price": "Giá phải lớn hơn 0.",
        ward_code: "Phường/xã không thuộc tỉnh đã chọn.",
      },
      messages: ["Logo không đọc được."],
    })
  })

  it("places a coded refusal without issues at the field the code belongs to, in our words", () => {
    const mapped = mapApiError(
      { status: 400, code: "seller_handle_taken", message: "Handle taken" },
      {
        fields,
        codeFields: { seller_handle_taken: "name" },
        codeMessage: (code) => (code === "seller_handle_taken" ? "Tên này đã có người bán dùng." : undefined),
      }
    )
    expect(mapped).toEqual({ fieldErrors: { name: "Tên này đã có người bán dùng." }, messages: [] })
  })

  it("shows the backend's own message when nothing more is known", () => {
    expect(mapApiError({ status: 400, message: "Ảnh quá lớn (tối đa 10 MB)." }, { fields })).toEqual({
      fieldErrors: {},
      messages: ["Ảnh quá lớn (tối đa 10 MB)."],
    })
    expect(mapApiError({ status: 400, message: "  " }, { fields })).toEqual({ fieldErrors: {}, messages: [] })
  })
})
