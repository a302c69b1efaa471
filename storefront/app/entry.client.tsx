import { StrictMode, startTransition } from "react"
import { hydrateRoot } from "react-dom/client"
import { HydratedRouter } from "react-router/dom"
import { DEFAULT_LANG, type Dictionary, isLang, registerDictionary } from "./lib/i18n"
import { DICTIONARY_URLS } from "./lib/i18n-assets"

/**
 * React Router's default client entry, after fetching the strings of the page's language only (the
 * root layout preloads them). If they cannot be fetched the page stays as the server sent it: every
 * page works without JavaScript.
 */
const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : DEFAULT_LANG

fetch(DICTIONARY_URLS[lang])
  .then((response) => (response.ok ? (response.json() as Promise<Dictionary>) : Promise.reject(response.status)))
  .then(
    (dictionary) => {
      registerDictionary(lang, dictionary)
      startTransition(() => {
        hydrateRoot(
          document,
          <StrictMode>
            <HydratedRouter />
          </StrictMode>
        )
      })
    },
    (error: unknown) => console.warn("[chợ số] strings not loaded, the page stays without JavaScript", error)
  )
