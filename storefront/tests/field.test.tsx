import { renderToStaticMarkup } from "react-dom/server"
import { describe, expect, it } from "vitest"
import { Field } from "~/components/Field"

function html(element: React.ReactElement): string {
  return renderToStaticMarkup(element)
}

describe("Field", () => {
  it("labels the control and links hint and error to it", () => {
    const markup = html(
      <Field name="phone" label="Số điện thoại" hint="Ví dụ 0912 345 678" error="Số điện thoại không hợp lệ." required>
        {(control) => <input {...control} type="tel" />}
      </Field>
    )
    expect(markup).toContain(
      '<label for="phone">Số điện thoại<span class="required-mark" aria-hidden="true"> *</span></label>'
    )
    expect(markup).toContain('<p id="phone-hint" class="field-hint">Ví dụ 0912 345 678</p>')
    expect(markup).toContain(
      '<input id="phone" name="phone" aria-required="true" aria-invalid="true" aria-describedby="phone-hint phone-error" type="tel"/>'
    )
    expect(markup).toContain('<p id="phone-error" class="field-error">Số điện thoại không hợp lệ.</p>')
  })

  it("leaves out what is not there: no hint, no error, not required", () => {
    const markup = html(
      <Field name="quantity" label="Số lượng" inline>
        {(control) => <input {...control} type="number" />}
      </Field>
    )
    expect(markup).toBe(
      '<div class="field field-inline"><label for="quantity">Số lượng</label><input id="quantity" name="quantity" type="number"/></div>'
    )
  })

  it("announces a live hint and describes a select by its hint only while valid", () => {
    const markup = html(
      <Field name="ward" label="Phường/xã" hint="Đang tải…" hintLive required>
        {(control) => <select {...control} />}
      </Field>
    )
    expect(markup).toContain('<p id="ward-hint" class="field-hint" aria-live="polite">Đang tải…</p>')
    expect(markup).toContain(
      '<select id="ward" name="ward" aria-required="true" aria-describedby="ward-hint"></select>'
    )
    expect(markup).not.toContain("aria-invalid")
  })

  it("can give the control an id of its own when two controls share a name", () => {
    const markup = html(
      <Field name="file" id="file-camera" label="Chụp ảnh" hint="JPEG" error="Ảnh quá lớn.">
        {(control) => <input {...control} type="file" />}
      </Field>
    )
    expect(markup).toContain('<label for="file-camera">Chụp ảnh</label>')
    expect(markup).toContain(
      '<input id="file-camera" name="file" aria-invalid="true" aria-describedby="file-camera-hint file-camera-error" type="file"/>'
    )
  })
})
