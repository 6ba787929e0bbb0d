import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { Bilingual } from "../../../platform/db/schema-payments.js";
import { LOCALES } from "../../../platform/i18n.js";
import type { HelpDeps } from "../deps.js";
import { DEFAULT_METHOD_IDS, FACTS, LIMIT_KINDS, LIMIT_PERIODS, METHOD_FACTS } from "./fact-names.js";
import { type FactSource, type FactValue, factValues } from "./fact-values.js";

/**
 * `{{name}}` placeholders in article markdown, filled from the live configuration when the
 * article is rendered (see fact-names.ts for the list).
 */
export interface HelpFacts {
  /** Replaces every known `{{name}}` with its value in the locale; unknown names are left as written and listed. */
  fill(markdown: string, locale: HelpLocale): Promise<{ text: string; unknown: string[] }>;
  /** Every fact name, for the editor's help and for tests over the shipped articles. */
  names(): readonly string[];
  /**
   * Facts another module owns (the support desk's hours and response times): modules that
   * build on the help center add theirs here, so the help module does not depend on them.
   */
  addSource(source: ExtraFacts): void;
  /** Every fact now, in both languages, with its description in `locale` (the editor's helper list). */
  list(locale: HelpLocale): Promise<{ name: string; description: string; en: string; "zh-CN": string }[]>;
}

/** Facts from another module: their names and descriptions, and their values in a language. */
export interface ExtraFacts {
  descriptions: Record<string, Bilingual>;
  values(locale: HelpLocale): Promise<Record<string, string>>;
}

/**
 * Configuration does not change while the server runs, but the payment-method table does
 * (admins edit it): values are kept this long, so a changed fee shows within half a minute
 * without reading the catalogue on every article view.
 */
export const FACTS_CACHE_MS = 30_000;

/** `{{ name }}`: letters, digits, dots, underscores and hyphens, spaces inside the braces allowed. */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

const LIMIT_NAMES = LIMIT_KINDS.flatMap((kind) =>
  [0, 1, 2].flatMap((level) => LIMIT_PERIODS.map((period) => `limits.${kind}.level${level}.${period}`)),
);

const methodNames = (ids: readonly string[]) =>
  ids.flatMap((id) => METHOD_FACTS.map((fact) => `method.${id}.${fact}`));

export function createHelpFacts(deps: Omit<HelpDeps, "facts" | "index">): HelpFacts {
  const source: FactSource = deps;
  const cache = new Map<HelpLocale, { until: number; values: Promise<Map<string, string>> }>();
  const extras: ExtraFacts[] = [];

  /** The configuration's facts and every added source's, in one language. */
  async function allValues(locale: HelpLocale): Promise<FactValue[]> {
    const own = await factValues(source, locale);
    const added = await Promise.all(
      extras.map(async (extra) =>
        Object.entries(await extra.values(locale)).map(([name, value]) => ({
          name,
          value,
          description: extra.descriptions[name] ?? { en: name, "zh-CN": name },
        })),
      ),
    );
    return [...own, ...added.flat()];
  }
  // Until the catalogue is first read, the methods a new installation starts with.
  let knownMethodIds: readonly string[] = DEFAULT_METHOD_IDS;

  function valuesFor(locale: HelpLocale): Promise<Map<string, string>> {
    const now = deps.platform.clock.now().getTime();
    const cached = cache.get(locale);
    if (cached && cached.until > now) return cached.values;
    // Concurrent readers share one computation; a failure is not kept.
    const values = allValues(locale).then((list) => {
      knownMethodIds = [...new Set(list.filter((f) => f.name.startsWith("method.")).map(methodIdOf))];
      return new Map(list.map((f) => [f.name, f.value]));
    });
    values.catch(() => {
      if (cache.get(locale)?.values === values) cache.delete(locale);
    });
    cache.set(locale, { until: now + FACTS_CACHE_MS, values });
    return values;
  }

  return {
    async fill(markdown, locale) {
      if (!markdown.includes("{{")) return { text: markdown, unknown: [] };
      const values = await valuesFor(locale);
      const unknown = new Set<string>();
      const text = markdown.replace(PLACEHOLDER, (written, name: string) => {
        const value = values.get(name);
        if (value === undefined) {
          unknown.add(name);
          return written;
        }
        return value;
      });
      return { text, unknown: [...unknown] };
    },
    names() {
      const general = Object.keys(FACTS).filter(
        (name) => !name.startsWith("limits.") && !name.startsWith("method."),
      );
      const added = extras.flatMap((extra) => Object.keys(extra.descriptions));
      return [...general, ...LIMIT_NAMES, ...methodNames(knownMethodIds), ...added];
    },
    addSource(extra) {
      extras.push(extra);
      cache.clear();
    },
    async list(locale) {
      const [en, zh] = await Promise.all(LOCALES.map((l) => allValues(l)));
      const zhByName = new Map((zh ?? []).map((f) => [f.name, f.value]));
      return (en ?? []).map((f) => ({
        name: f.name,
        description: f.description[locale],
        en: f.value,
        "zh-CN": zhByName.get(f.name) ?? f.value,
      }));
    },
  };
}

function methodIdOf(fact: { name: string }): string {
  return fact.name.slice("method.".length, fact.name.lastIndexOf("."));
}
