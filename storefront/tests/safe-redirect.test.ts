import { describe, expect, it } from "vitest"
import { safeRedirectPath } from "~/lib/safe-redirect"

const SHOP = "https://shop.example"

/** Where a browser goes with `Location: value` on a page of SHOP (WHATWG URL parser). */
function browserTarget(value: string): string {
  return new URL(value, SHOP).origin
}

/**
 * [attack, why it is refused, does a browser leave the site with it as Location?]
 * The ones a browser follows off-site prove the attack is real; the others are refused by a
 * rule that would otherwise let them through (each row names it).
 */
const ATTACKS: [string, string, boolean][] = [
  ["//evil.example/x", "protocol-relative", true],
  ["/\t/evil.example", "tab: browsers strip it, leaving //", true],
  ["/\n/evil.example", "newline: stripped like the tab", true],
  ["/\r\n/evil.example", "CR LF: stripped, also a header-splitting attempt", true],
  ["/\\evil.example", "backslash reads as /", true],
  ["/\\/evil.example", "backslash after the slash", true],
  ["\\\\evil.example", "two backslashes", true],
  ["https://evil.example/", "absolute URL", true],
  ["javascript:alert(1)", "javascript: scheme", false],
  ["data:text/html,<script>alert(1)</script>", "data: scheme", false],
  ["evil.example", "relative path, not starting with /", false],
  ["/ /evil.example", "space", false],
  ["/\u3000/evil.example", "Unicode whitespace (ideographic space)", false],
  ["/\u00a0/evil.example", "no-break space", false],
  ["/\u0000/evil.example", "NUL control character", false],
  ["/\u0085/evil.example", "C1 control character (NEL)", false],
  ["/%2F%2Fevil.example", "encoded // (decodes to ///evil.example)", false],
  ["/%2f/evil.example", "lower-case encoded slash making //", false],
  ["/%5Cevil.example", "encoded backslash", false],
  ["/%09/evil.example", "encoded tab", false],
  ["/%0d%0aSet-Cookie:x=1", "encoded CR LF", false],
  ["/%252F%252Fevil.example", "double-encoded //", false],
  ["/%E0%A4%A", "malformed percent-encoding", false],
  ["/.//evil.example", "normalises to //evil.example", false],
  ["/a/..//evil.example", "dot segments normalising to //evil.example", false],
]

describe("safeRedirectPath", () => {
  it.each(ATTACKS)("refuses %j (%s)", (attack, _why, escapesInBrowser) => {
    expect(safeRedirectPath(attack)).toBe("/")
    expect(safeRedirectPath(attack, "/gio-hang")).toBe("/gio-hang")
    if (escapesInBrowser) {
      expect(browserTarget(attack), "the attack string really leaves the site").not.toBe(SHOP)
    }
  })

  it("refuses values longer than any page of ours", () => {
    expect(safeRedirectPath(`/${"a".repeat(3000)}`)).toBe("/")
    expect(safeRedirectPath(`/${"a".repeat(2000)}`)).toBe(`/${"a".repeat(2000)}`)
  })

  it("keeps the pages of the site, query and fragment included", () => {
    expect(safeRedirectPath("/")).toBe("/")
    expect(safeRedirectPath("/san-pham/mat-ong-u-minh?variant=v1")).toBe("/san-pham/mat-ong-u-minh?variant=v1")
    expect(safeRedirectPath("/danh-muc/dac-san?page=2#top")).toBe("/danh-muc/dac-san?page=2#top")
    // Search words may hold encoded spaces and Vietnamese letters.
    expect(safeRedirectPath("/tim-kiem?q=m%E1%BA%ADt%20ong")).toBe("/tim-kiem?q=m%E1%BA%ADt%20ong")
    expect(safeRedirectPath("/tim-kiem?q=mật+ong")).toBe("/tim-kiem?q=m%E1%BA%ADt+ong")
  })

  it("returns the path as a browser normalises it", () => {
    expect(safeRedirectPath("/danh-muc/../gio-hang")).toBe("/gio-hang")
    expect(safeRedirectPath("/./thanh-toan")).toBe("/thanh-toan")
  })

  it("refuses what is not a string", () => {
    expect(safeRedirectPath(undefined)).toBe("/")
    expect(safeRedirectPath(null)).toBe("/")
    expect(safeRedirectPath(["/gio-hang"])).toBe("/")
  })
})
