import type { Route } from "./+types/wards";
import type { WardsPayload } from "~/lib/types";
import { listWards } from "~/lib/vn-address.server";

/** Wards of a province as JSON, for the checkout's province → ward select (useFetcher). */
export async function loader({ params }: Route.LoaderArgs) {
  const province = params.province;
  if (!/^\d{2}$/.test(province)) {
    return Response.json({ province, wards: [] } satisfies WardsPayload, { status: 404 });
  }
  let wards: WardsPayload["wards"];
  try {
    wards = await listWards(province);
  } catch {
    return Response.json({ province, wards: [] } satisfies WardsPayload, { status: 404 });
  }
  return Response.json({ province, wards } satisfies WardsPayload, {
    headers: { "Cache-Control": "public, max-age=86400" },
  });
}
