import { useMemo } from "react";
import { useRouteLoaderData } from "react-router";
import type { loader as rootLoader } from "~/root";
import { DEFAULT_LANG, translator, type Lang, type Translate } from "./i18n";

export function useLang(): Lang {
  const data = useRouteLoaderData<typeof rootLoader>("root");
  return data?.lang ?? DEFAULT_LANG;
}

/** `t(key, params)` in the current language (from the root loader's `lang` cookie). */
export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => translator(lang), [lang]);
}
