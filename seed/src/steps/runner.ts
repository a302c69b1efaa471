import stepNames from "../../steps.json"

/**
 * The seed as a list of named steps, run in order, each recorded in the store's metadata once it
 * has finished. A database gets the steps it has not recorded yet, so one seeded by an older
 * version receives the new demo data on its next `npm start`. Pure logic: the Medusa side
 * (reading and writing the store) is passed in.
 */

/** Every step, in the order they run (`seed/steps.json`, which `npm start` also reads). */
export const SEED_STEPS: readonly string[] = stepNames
export const CATALOG_STEP = "catalog-2026-11"
export const SELLERS_STEP = "sellers-2026-12"
export const MARKETS_STEP = "markets-2026-12"
export const OCOP_STEP = "ocop-2026-12"
export const TRACE_STEP = "trace-2026-12"

/** Where the finished steps are kept: `store.metadata.choso_seed_steps`. */
export const STEPS_KEY = "choso_seed_steps"
/** The mark of a store seeded before there were steps: it has the catalog step. */
export const LEGACY_VERSION_KEY = "choso_seed_version"

type Metadata = Record<string, unknown> | null | undefined

/** The steps this store has finished, as recorded in its metadata. */
export function finishedSteps(metadata: Metadata): string[] {
  const recorded = metadata?.[STEPS_KEY]
  if (Array.isArray(recorded)) {
    return recorded.filter((name): name is string => typeof name === "string")
  }
  return metadata?.[LEGACY_VERSION_KEY] ? [CATALOG_STEP] : []
}

/** The store's metadata with `finished` recorded, everything else kept. */
export function withFinishedSteps(metadata: Metadata, finished: readonly string[]): Record<string, unknown> {
  return { ...(metadata ?? {}), [STEPS_KEY]: [...finished] }
}

export interface SeedStep {
  name: string
  /**
   * Does the step's work. Must be safe to run again after a crash half-way: it looks for what an
   * earlier run created before creating it. May return a notice to print once it is recorded.
   */
  run: () => Promise<string | null> | Promise<void>
}

/** The steps of `names` (in that order), each with its runner; a name without one, or a runner without a name, is a bug. */
export function orderSteps(names: readonly string[], runners: Record<string, SeedStep["run"]>): SeedStep[] {
  const extra = Object.keys(runners).filter((name) => !names.includes(name))
  if (extra.length) {
    throw new Error(`Seed steps not in seed/steps.json: ${extra.join(", ")}`)
  }
  if (new Set(names).size !== names.length) {
    throw new Error(`seed/steps.json names a step twice: ${names.join(", ")}`)
  }
  return names.map((name) => {
    const run = runners[name]
    if (!run) {
      throw new Error(`Seed step "${name}" (seed/steps.json) has no runner`)
    }
    return { name, run }
  })
}

export interface RunStepsOptions {
  /** What the database has recorded (finishedSteps). */
  finished: readonly string[]
  /** Writes the new list of finished steps; called after each step, before the next one starts. */
  record: (finished: string[]) => Promise<void>
  /** Stop once this step has finished (or was already): seeds an "older" database on purpose. */
  until?: string
  /** Told before each step runs. */
  log?: (message: string) => void
  /**
   * Given each step's notice as soon as the step is recorded, before the next step starts: a
   * password shown only once is printed even if a later step fails.
   */
  announce?: (notice: string) => void
}

export interface RunStepsResult {
  /** The steps this run did, in order. */
  ran: string[]
  /** Every step recorded now, including unknown ones a newer seed recorded. */
  finished: string[]
  /** The notices the steps returned, in order. */
  notices: string[]
}

/**
 * Runs, in order, the steps not recorded yet, recording each one as soon as it finishes. A step
 * that throws is not recorded, and nothing after it runs: the error propagates, and the next run
 * starts again at that step.
 */
export async function runSteps(steps: readonly SeedStep[], options: RunStepsOptions): Promise<RunStepsResult> {
  const { record, until, log = () => {}, announce = () => {} } = options
  if (until !== undefined && !steps.some((s) => s.name === until)) {
    throw new Error(`Unknown seed step "${until}"; the steps are: ${steps.map((s) => s.name).join(", ")}`)
  }
  const finished = [...options.finished]
  const ran: string[] = []
  const notices: string[] = []
  for (const step of steps) {
    if (!finished.includes(step.name)) {
      log(`Seed step ${step.name}…`)
      const notice = await step.run()
      finished.push(step.name)
      await record([...finished])
      ran.push(step.name)
      if (notice) {
        notices.push(notice)
        announce(notice)
      }
    }
    if (step.name === until) {
      break
    }
  }
  return { ran, finished, notices }
}
