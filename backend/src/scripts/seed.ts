import { runSeed } from "@choso/seed"

/** `npx medusa exec ./src/scripts/seed.ts` — the demo store, once (see seed/). */
export default runSeed
