// The one function of `qrcode` (installed in the repo, no bundled types) the tests use.
declare module "qrcode" {
  export function toBuffer(
    text: string,
    options?: { type?: "png"; margin?: number; scale?: number; errorCorrectionLevel?: "L" | "M" | "Q" | "H" }
  ): Promise<Buffer>
}
