type ToString = (
  text: string,
  options: { type: "svg"; margin?: number; errorCorrectionLevel?: string }
) => Promise<string>

let loaded: Promise<ToString | undefined> | undefined

function pickToString(mod: unknown): ToString | undefined {
  if (!mod || typeof mod !== "object") return undefined
  const candidates: unknown[] = [mod, (mod as { default?: unknown }).default]
  for (const candidate of candidates) {
    if (candidate && typeof candidate === "object" && "toString" in candidate) {
      const fn: unknown = (candidate as { toString: unknown }).toString
      if (typeof fn === "function" && fn !== Object.prototype.toString) return fn as ToString
    }
  }
  return undefined
}

/** `qrcode` is optional: used when installed, never declared as a dependency. */
function loadQrcode(): Promise<ToString | undefined> {
  const name = "qrcode"
  loaded ??= import(name).then(
    (mod: unknown) => pickToString(mod),
    () => undefined
  )
  return loaded
}

/** An inline SVG of `text`, or undefined when `qrcode` is not installed. */
export async function qrSvg(text: string): Promise<string | undefined> {
  const render = await loadQrcode()
  if (!render) return undefined
  try {
    return await render(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
  } catch {
    return undefined
  }
}
