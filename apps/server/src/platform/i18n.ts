/** The languages Satchel speaks. Every text a person reads exists in each of them. */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/**
 * Picks the best locale from an Accept-Language header (RFC 9110 §12.5.4). Any Chinese
 * tag maps to Simplified Chinese; anything unreadable falls back to English.
 */
export function negotiateLocale(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(",") : header;
  if (!value || value.length > 1000) return DEFAULT_LOCALE;
  const ranges = value
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return DEFAULT_LOCALE;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A value to put into a message: plain, a moment (shown in the reader's language), or text in each language. */
export type MessageParam = string | number | Date | Record<Locale, string>;

function render(value: MessageParam, locale: Locale): string {
  if (value instanceof Date) {
    const formatted = new Intl.DateTimeFormat(locale === "zh-CN" ? "zh-CN" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(value);
    return `${formatted} UTC`;
  }
  if (typeof value === "object") return value[locale];
  return String(value);
}

/** Replaces `{name}` placeholders; unknown names stay visible rather than vanish. */
export function interpolate(
  template: string,
  params: Record<string, MessageParam> = {},
  locale: Locale = "en",
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : render(value, locale);
  });
}
