import enUrl from "~/i18n/en.json?url"
import viUrl from "~/i18n/vi.json?url"
import type { Lang } from "./i18n"

/** Each language's strings as a static, hashed file: fetched (and preloaded) only for the page's language. */
export const DICTIONARY_URLS: Record<Lang, string> = { vi: viUrl, en: enUrl }
