import { runSeedScale } from "@choso/seed"

/** `npx medusa exec ./src/scripts/seed-scale.ts` — grows the catalog for benchmarks (see seed/). */
export default runSeedScale
