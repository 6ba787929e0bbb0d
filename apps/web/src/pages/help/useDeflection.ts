import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../../api/client";
import {
  type Deflection,
  type DeflectionSuggestion,
  type HelpLanguage,
  markDeflectionOpened,
  resolveDeflection,
  startDeflection,
  updateDeflection,
} from "../../api/help";
import { useDebouncedValue } from "../../lib/hooks";

/** Typing pauses this long before the articles are looked up again. */
const DEFLECT_DELAY_MS = 400;
const MIN_QUERY = 3;
const MAX_QUERY = 500;

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]+/g;

/** The description as one line: the query is plain text (no line breaks or other control characters). */
export function deflectionQuery(description: string): string {
  return description.replace(SPACE_OR_CONTROL, " ").trim().slice(0, MAX_QUERY);
}

/**
 * The contact page's deflection: while the customer describes the problem, the articles that
 * may answer it (POST /help/deflections once, then PUT as the text changes). Calls run one
 * after the other, so a quick typist never starts two deflections; only the newest answer shows.
 */
export function useDeflection(description: string, lang: HelpLanguage, initialId: string | null) {
  const query = useDebouncedValue(deflectionQuery(description), DEFLECT_DELAY_MS);
  const idRef = useRef<string | null>(initialId);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastSent = useRef<string | null>(null);
  const latest = useRef(0);
  const [id, setId] = useState<string | null>(initialId);
  const [suggestions, setSuggestions] = useState<DeflectionSuggestion[]>([]);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (query.length < MIN_QUERY || query === lastSent.current) return;
    lastSent.current = query;
    const ticket = ++latest.current;
    setSearching(true);
    const run = async () => {
      let answer: Deflection;
      const current = idRef.current;
      try {
        answer = current ? await updateDeflection(current, query) : await startDeflection(query, lang);
      } catch (error) {
        // Too old, or started before signing in (it belongs to someone else now): start afresh.
        if (!(current && error instanceof ApiError && error.status === 404)) throw error;
        answer = await startDeflection(query, lang);
      }
      idRef.current = answer.id;
      if (ticket === latest.current) {
        setId(answer.id);
        setSuggestions(answer.suggestions);
      }
    };
    queue.current = queue.current
      .then(run)
      .catch(() => {
        // Suggestions are a help, not a step: the form works without them. Ask again on the next change.
        if (ticket === latest.current) lastSent.current = null;
      })
      .finally(() => {
        if (ticket === latest.current) setSearching(false);
      });
  }, [query, lang]);

  const opened = useCallback((slug: string) => {
    const current = idRef.current;
    if (current) void markDeflectionOpened(current, slug).catch(() => undefined);
  }, []);

  const resolve = useCallback(async () => {
    const current = idRef.current;
    if (current) await resolveDeflection(current);
  }, []);

  return { id, suggestions, searching, opened, resolve, tooShort: query.length < MIN_QUERY };
}
