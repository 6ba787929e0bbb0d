import type { Language } from "../i18n";

/** Each interface language named in itself (the catalogs' `language.*` keys). */
export const LANGUAGE_LABEL_KEYS = { en: "language.en", "zh-CN": "language.zh" } as const satisfies Record<
  Language,
  string
>;
