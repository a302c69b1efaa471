import type vi from "~/i18n/vi.json"

export const LANGS = ["vi", "en"] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = "vi"

/** Every UI string has a key in vi.json; en.json must have the same keys (checked by tsc and a test). */
export type MessageKey = keyof typeof vi
export type MessageParams = Record<string, string | number>
export type Dictionary = Record<MessageKey, string>

/**
 * The languages' strings, registered once: the server registers both (i18n.server.ts); a browser
 * fetches only the page's language before hydrating (entry.client.tsx), so no visitor downloads
 * the other one.
 */
const dictionaries: Partial<Record<Lang, Dictionary>> = {}

export function registerDictionary(lang: Lang, dictionary: Dictionary): void {
  dictionaries[lang] = dictionary
}

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value)
}

/** A key of the strings (every language has the same keys). */
export function isMessageKey(value: string): value is MessageKey {
  const any = dictionaries.vi ?? dictionaries.en
  return any !== undefined && Object.hasOwn(any, value)
}

/** Looks up `key` in the language's dictionary and fills `{name}` placeholders from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[lang]?.[key] ?? dictionaries.vi?.[key] ?? key
  if (!params) {
    return template
  }
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : match
  )
}

export type Translate = (key: MessageKey, params?: MessageParams) => string

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params)
}

/** The locale Medusa's translation module expects in `x-medusa-locale`. */
export function medusaLocale(lang: Lang): "vi-VN" | "en-US" {
  return lang === "en" ? "en-US" : "vi-VN"
}

export function dictionaryKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang] ?? {})
}
