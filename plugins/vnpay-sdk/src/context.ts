import type { ResolvedEnvironment } from "./environment.js"
import type { HttpSettings } from "./http.js"

/** What every resource of one client shares. Internal. */
export interface ClientContext {
  readonly tmnCode: string
  readonly hashSecret: string
  readonly environment: ResolvedEnvironment
  readonly http: HttpSettings
}
