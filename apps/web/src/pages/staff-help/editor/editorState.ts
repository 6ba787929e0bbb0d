import { useQueryClient } from "@tanstack/react-query";
import type { ArticleDetail, HelpLang, TranslationDetail } from "../../../api/staffHelp";
import { helpKeys } from "../queries";

/** One language's text as being edited, and the draft version it started from (none for a new translation). */
export interface LocalDraft {
  title: string;
  body: string;
  base: number | undefined;
}

export function draftFrom(translation: TranslationDetail | undefined): LocalDraft {
  return translation
    ? { title: translation.draftTitle, body: translation.draftBody, base: translation.draftVersion }
    : { title: "", body: "", base: undefined };
}

/** True when the text differs from the saved draft (for a missing translation: when anything was typed). */
export function isDirty(draft: LocalDraft, translation: TranslationDetail | undefined): boolean {
  if (!translation) return draft.title.trim() !== "" || draft.body.trim() !== "";
  return draft.title !== translation.draftTitle || draft.body !== translation.draftBody;
}

/** Puts an article the server answered with into the cache, and marks the lists and histories it changes as stale. */
export function useApplyArticle() {
  const queryClient = useQueryClient();
  return (article: ArticleDetail, lang?: HelpLang) => {
    queryClient.setQueryData(helpKeys.article(article.slug), article);
    void queryClient.invalidateQueries({ queryKey: helpKeys.articles });
    if (lang) void queryClient.invalidateQueries({ queryKey: helpKeys.versions(article.slug, lang) });
  };
}
