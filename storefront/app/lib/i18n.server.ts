import en from "~/i18n/en.json"
import vi from "~/i18n/vi.json"
import { registerDictionary } from "./i18n"

// The server renders every language: both sets of strings, registered when this module loads
// (entry.server.tsx imports it first).
registerDictionary("vi", vi)
registerDictionary("en", en)
