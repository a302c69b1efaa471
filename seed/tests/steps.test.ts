import { describe, expect, it } from "vitest"
import {
  CATALOG_STEP,
  finishedSteps,
  MARKETS_STEP,
  OCOP_STEP,
  orderSteps,
  runSteps,
  SEED_STEPS,
  SELLERS_STEP,
  type SeedStep,
  TRACE_STEP,
  withFinishedSteps,
} from "../src/steps/runner.js"

/** The store record the seed reads and writes, as updateStoresWorkflow would leave it. */
class FakeStore {
  metadata: Record<string, unknown> | null
  writes: string[][] = []
  constructor(metadata: Record<string, unknown> | null = null) {
    this.metadata = metadata
  }
  record = async (finished: string[]) => {
    this.writes.push(finished)
    this.metadata = withFinishedSteps(this.metadata, finished)
  }
}

/** Steps that log what they do into `done`, the named one throwing instead. */
function steps(names: string[], done: string[], failing?: string): SeedStep[] {
  return names.map((name) => ({
    name,
    run: async () => {
      if (name === failing) throw new Error(`${name} broke`)
      done.push(name)
    },
  }))
}

async function seed(store: FakeStore, names: string[], options: { failing?: string; until?: string } = {}) {
  const done: string[] = []
  const result = await runSteps(steps(names, done, options.failing), {
    finished: finishedSteps(store.metadata),
    record: store.record,
    until: options.until,
  })
  return { done, result }
}

describe("the seed steps", () => {
  it("are the catalog, the sellers, the markets, the OCOP certificates, then the lots' traces, as npm start reads them from seed/steps.json", () => {
    expect(SEED_STEPS).toEqual([CATALOG_STEP, SELLERS_STEP, MARKETS_STEP, OCOP_STEP, TRACE_STEP])
    expect(TRACE_STEP).toMatch(/^trace-\d{4}-\d{2}$/)
    expect(OCOP_STEP).toMatch(/^ocop-\d{4}-\d{2}$/)
    expect(MARKETS_STEP).toMatch(/^markets-\d{4}-\d{2}$/)
    expect(CATALOG_STEP).toMatch(/^catalog-\d{4}-\d{2}$/)
    expect(SELLERS_STEP).toMatch(/^sellers-\d{4}-\d{2}$/)
  })
})

describe("finishedSteps", () => {
  it("reads choso_seed_steps", () => {
    expect(finishedSteps({ choso_seed_steps: ["a", "b"] })).toEqual(["a", "b"])
  })

  it("counts a store seeded before steps (choso_seed_version only) as having the catalog", () => {
    expect(finishedSteps({ choso_seed_version: "2026-11-23.1", default_locale: "vi-VN" })).toEqual([CATALOG_STEP])
  })

  it("prefers the steps list to the old version mark", () => {
    expect(
      finishedSteps({ choso_seed_version: "2026-11-23.1", choso_seed_steps: [CATALOG_STEP, SELLERS_STEP] })
    ).toEqual([CATALOG_STEP, SELLERS_STEP])
  })

  it("is empty for a store never seeded", () => {
    expect(finishedSteps(null)).toEqual([])
    expect(finishedSteps(undefined)).toEqual([])
    expect(finishedSteps({ default_locale: "vi-VN" })).toEqual([])
  })

  it("ignores what is not a step name", () => {
    expect(finishedSteps({ choso_seed_steps: ["a", 3, null] })).toEqual(["a"])
  })
})

describe("withFinishedSteps", () => {
  it("keeps the rest of the metadata", () => {
    expect(withFinishedSteps({ default_locale: "vi-VN", choso_seed_version: "x" }, ["a"])).toEqual({
      default_locale: "vi-VN",
      choso_seed_version: "x",
      choso_seed_steps: ["a"],
    })
  })
})

describe("runSteps", () => {
  const names = [CATALOG_STEP, SELLERS_STEP]

  it("runs every step of an empty database in order, recording each as soon as it finishes", async () => {
    const store = new FakeStore()
    const { done, result } = await seed(store, names)
    expect(done).toEqual(names)
    expect(store.writes).toEqual([[CATALOG_STEP], [CATALOG_STEP, SELLERS_STEP]])
    expect(result).toEqual({ ran: names, finished: names, notices: [] })
    expect(finishedSteps(store.metadata)).toEqual(names)
  })

  it("does nothing the second time", async () => {
    const store = new FakeStore()
    await seed(store, names)
    store.writes = []
    const { done, result } = await seed(store, names)
    expect(done).toEqual([])
    expect(store.writes).toEqual([])
    expect(result.ran).toEqual([])
  })

  it("gives an old database (catalog only) just the new step", async () => {
    const store = new FakeStore({ choso_seed_version: "2026-11-23.1", default_locale: "vi-VN" })
    const { done } = await seed(store, names)
    expect(done).toEqual([SELLERS_STEP])
    expect(store.metadata).toMatchObject({ default_locale: "vi-VN", choso_seed_steps: names })
  })

  it("leaves no record of a failed step, runs nothing after it, and runs it again next time", async () => {
    const store = new FakeStore()
    const first = seed(store, [CATALOG_STEP, SELLERS_STEP, "later-2027-01"], { failing: SELLERS_STEP })
    await expect(first).rejects.toThrow(`${SELLERS_STEP} broke`)
    expect(finishedSteps(store.metadata)).toEqual([CATALOG_STEP])

    const { done } = await seed(store, [CATALOG_STEP, SELLERS_STEP, "later-2027-01"])
    expect(done).toEqual([SELLERS_STEP, "later-2027-01"])
    expect(finishedSteps(store.metadata)).toEqual([CATALOG_STEP, SELLERS_STEP, "later-2027-01"])
  })

  it("does not count a step whose record could not be written", async () => {
    const done: string[] = []
    const run = runSteps(steps(names, done), {
      finished: [],
      record: async () => {
        throw new Error("database gone")
      },
    })
    await expect(run).rejects.toThrow("database gone")
    expect(done).toEqual([CATALOG_STEP])
  })

  it("stops after the step named by `until`", async () => {
    const store = new FakeStore()
    const { done } = await seed(store, names, { until: CATALOG_STEP })
    expect(done).toEqual([CATALOG_STEP])
    expect(finishedSteps(store.metadata)).toEqual([CATALOG_STEP])
    // …and a later run without it finishes the rest.
    expect((await seed(store, names)).done).toEqual([SELLERS_STEP])
  })

  it("refuses an unknown `until` before doing anything", async () => {
    const store = new FakeStore()
    await expect(seed(store, names, { until: "catalog" })).rejects.toThrow(/Unknown seed step "catalog"/)
    expect(store.writes).toEqual([])
  })

  it("keeps steps recorded by a newer seed it does not know", async () => {
    const store = new FakeStore({ choso_seed_steps: [CATALOG_STEP, "future-2030-01"] })
    const { result } = await seed(store, names)
    expect(result.finished).toEqual([CATALOG_STEP, "future-2030-01", SELLERS_STEP])
  })

  it("runs a step missing before recorded ones (steps are independent of what follows)", async () => {
    const store = new FakeStore({ choso_seed_steps: [SELLERS_STEP] })
    expect((await seed(store, names)).done).toEqual([CATALOG_STEP])
  })

  it("announces a step's notice once it is recorded, before the next step runs", async () => {
    const events: string[] = []
    const store = new FakeStore()
    const run = runSteps(
      [
        {
          name: "a",
          run: async () => {
            events.push("run a")
            return "password: x"
          },
        },
        {
          name: "b",
          run: async () => {
            events.push("run b")
            throw new Error("b broke")
          },
        },
      ],
      {
        finished: [],
        record: async (finished) => {
          events.push(`record ${finished.join(",")}`)
          await store.record(finished)
        },
        announce: (notice) => events.push(`announce ${notice}`),
      }
    )
    await expect(run).rejects.toThrow("b broke")
    expect(events).toEqual(["run a", "record a", "announce password: x", "run b"])
  })
})

describe("orderSteps", () => {
  const noop = async () => {}

  it("orders the runners as the names say", () => {
    expect(orderSteps(["a", "b"], { b: noop, a: noop }).map((s) => s.name)).toEqual(["a", "b"])
  })

  it("refuses a name without a runner, a runner without a name, and a name twice", () => {
    expect(() => orderSteps(["a", "b"], { a: noop })).toThrow(/"b" .* has no runner/)
    expect(() => orderSteps(["a"], { a: noop, c: noop })).toThrow(/not in seed\/steps.json: c/)
    expect(() => orderSteps(["a", "a"], { a: noop })).toThrow(/twice/)
  })
})
