import en from "~/i18n/en.json"
import vi from "~/i18n/vi.json"

export const LANGS = ["vi", "en"] as const
export type Lang = (typeof LANGS)[number]
export const DEFAULT_LANG: Lang = "vi"

/** Every UI string has a key in vi.json; en.json must have the same keys (checked by tsc and a test). */
export type MessageKey = keyof typeof vi
export type MessageParams = Record<string, string | number>

const dictionaries: Record<Lang, Record<MessageKey, string>> = { vi, en }

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value)
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(vi, value)
}

/** Looks up `key` in the language's dictionary and fills `{name}` placeholders from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = dictionaries[lang][key] ?? dictionaries.vi[key] ?? key
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
  return Object.keys(dictionaries[lang])
}
