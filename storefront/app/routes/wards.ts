import type { WardsPayload } from "~/lib/types"
import { listWards } from "~/lib/vn-address.server"
import type { Route } from "./+types/wards"

/**
 * Wards of a province as JSON, for the checkout's province → ward select (useFetcher).
 * Always 200: a failed fetcher would replace the whole checkout with the error page.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const province = params.province
  if (!/^\d{2}$/.test(province)) {
    return Response.json({ province, wards: [], failed: true } satisfies WardsPayload)
  }
  try {
    const wards = await listWards(province)
    return Response.json({ province, wards } satisfies WardsPayload, {
      headers: { "Cache-Control": "public, max-age=86400" },
    })
  } catch {
    return Response.json({ province, wards: [], failed: true } satisfies WardsPayload, {
      headers: { "Cache-Control": "no-store" },
    })
  }
}
