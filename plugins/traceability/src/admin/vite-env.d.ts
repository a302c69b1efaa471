/** Injected by Medusa's admin bundler: the backend URL from medusa-config's admin.backendUrl. */
declare const __BACKEND_URL__: string
