import { sdk } from "./sdk"
import type { SellerDocument } from "./types"

/**
 * What a browser tab may show of a seller's upload. A blob URL runs with the admin's origin, so
 * anything else (HTML, SVG…) is only ever downloaded, never opened, whatever the seller sent.
 */
const INLINE_TYPES: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "application/pdf": "pdf",
}

/** A stale object URL is released after this long (the tab has loaded it by then). */
const REVOKE_AFTER_MS = 5 * 60 * 1000

function baseType(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0].trim().toLowerCase()
}

export function opensInline(mimeType: string): boolean {
  return baseType(mimeType) in INLINE_TYPES
}

function download(url: string, fileName: string) {
  const anchor = document.createElement("a")
  anchor.href = url
  anchor.download = fileName
  anchor.rel = "noopener"
  document.body.appendChild(anchor)
  anchor.click()
  anchor.remove()
}

/**
 * Opens a private document in a new tab (downloads it when it is not an image or a PDF). The file
 * needs the admin's session, and the backend may be on another origin than the admin
 * (admin.backendUrl), so it is fetched with the session cookie and shown from an object URL. Call it
 * straight from the click: the tab is opened before the request, or a popup blocker would stop it.
 */
export async function openSellerDocument(sellerId: string, doc: SellerDocument, fileBaseName: string): Promise<void> {
  const tab = opensInline(doc.mime_type) ? window.open("", "_blank") : null
  if (tab) tab.opener = null
  try {
    const response = await sdk.client.fetch<Response>(
      `/admin/sellers/${encodeURIComponent(sellerId)}/documents/${encodeURIComponent(doc.id)}`,
      // Not application/json: the SDK then hands back the raw response (and still throws on errors).
      { headers: { accept: "*/*" } }
    )
    const type = baseType(response.headers.get("content-type")) || baseType(doc.mime_type)
    const inline = type in INLINE_TYPES
    const blob = new Blob([await response.arrayBuffer()], { type: inline ? type : "application/octet-stream" })
    const url = URL.createObjectURL(blob)
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
    if (tab && inline) {
      tab.location.href = url
      return
    }
    tab?.close()
    download(url, `${fileBaseName}-${doc.kind}${inline ? `.${INLINE_TYPES[type]}` : ""}`)
  } catch (error) {
    tab?.close()
    throw error
  }
}
