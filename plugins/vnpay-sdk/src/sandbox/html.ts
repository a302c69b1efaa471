import { STYLES } from "./styles.js"

export function esc(value: unknown): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

/** "150.000 ₫" from a vnp_Amount (VND × 100). */
export function formatVnd(vnpAmount: number): string {
  const vnd = Math.round(vnpAmount / 100)
  return `${String(vnd).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`
}

/** A whole page: mobile viewport, inline styles only, no external assets. */
export function layout(options: { lang: "vi" | "en"; title: string; body: string; script?: string }): string {
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(options.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<header class="bar"><span class="logo">VN<b>PAY</b></span><span class="badge">SANDBOX</span></header>
<main class="wrap">
${options.body}
</main>
<footer class="foot">${
    options.lang === "en"
      ? "Local VNPay sandbox for development and tests — no real money moves."
      : "Môi trường thử nghiệm VNPay cục bộ — không phát sinh giao dịch thật."
  }</footer>
${options.script ? `<script>${options.script}</script>` : ""}
</body>
</html>
`
}
