import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type DeflectionSuggestion, getArticle } from "../../api/help";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { errorMessage } from "../../lib/errors";
import { helpArticlePath } from "../../lib/support";
import { ArticleBody } from "./ArticleBody";
import { HelpSnippet } from "./HelpSnippet";
import { HELP_STALE_MS, helpKeys, useHelpLanguage } from "./queries";

/**
 * The "this answered my question" button (in the list and in an opened article). Usable only
 * once the suggestions belong to a recorded deflection: otherwise there is nothing to resolve
 * and the visit would end without being counted.
 */
function ResolvedButton({
  onResolve,
  resolving,
  canResolve,
}: {
  onResolve: () => void;
  resolving: boolean;
  canResolve: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={onResolve}
      disabled={resolving || !canResolve}
      aria-busy={resolving || undefined}
      data-testid="deflection-resolved"
    >
      <Icon name="check" size={16} />
      {resolving ? t("common.working") : t("helpCenter.contact.resolved")}
    </button>
  );
}

/**
 * A short spoken count ("3 articles may help") instead of a live list that would read every
 * title and snippet at each pause in typing. Rendered from the start (empty), so the region
 * exists before its text arrives and screen readers announce the change.
 */
export function SuggestionCount({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="deflection-count">
      {count > 0 ? t("helpCenter.contact.suggestionsCount", { count }) : ""}
    </p>
  );
}

/** "These articles may answer your question", shown while the customer describes the problem. */
export function ContactSuggestions({
  suggestions,
  searching,
  openSlug,
  onOpen,
  onResolve,
  resolving,
  canResolve,
  resolveError,
}: {
  suggestions: DeflectionSuggestion[];
  searching: boolean;
  openSlug: string | null;
  onOpen: (slug: string) => void;
  onResolve: () => void;
  resolving: boolean;
  canResolve: boolean;
  resolveError: unknown;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  if (suggestions.length === 0) {
    return searching ? (
      <p className="muted small contact-suggestions__searching">{t("helpCenter.contact.searching")}</p>
    ) : null;
  }
  return (
    <section className="contact-suggestions" aria-labelledby={headingId} data-testid="deflection-suggestions">
      <h2 id={headingId} className="contact-suggestions__title">
        <Icon name="book" size={18} />
        {t("helpCenter.contact.suggestionsTitle")}
      </h2>
      <ul className="contact-suggestions__list">
        {suggestions.map((suggestion) => (
          <li key={suggestion.slug} data-testid="deflection-suggestion">
            <button
              type="button"
              className="contact-suggestion"
              aria-pressed={openSlug === suggestion.slug}
              onClick={() => onOpen(suggestion.slug)}
            >
              <span className="contact-suggestion__title">{suggestion.title}</span>
              {suggestion.snippet && (
                <span className="contact-suggestion__snippet" lang={suggestion.lang}>
                  <HelpSnippet snippet={suggestion.snippet} />
                </span>
              )}
              <span className="contact-suggestion__read">{t("helpCenter.contact.read")}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="contact-suggestions__actions">
        <ResolvedButton onResolve={onResolve} resolving={resolving} canResolve={canResolve} />
        <span className="muted small">{t("helpCenter.contact.stillNeed")}</span>
      </div>
      {resolveError ? <Alert tone="danger">{errorMessage(resolveError, t)}</Alert> : null}
    </section>
  );
}

/** A suggested article read beside the form (the draft stays where it is). */
export function ContactArticlePanel({
  slug,
  onClose,
  onResolve,
  resolving,
  canResolve,
}: {
  slug: string;
  onClose: () => void;
  onResolve: () => void;
  resolving: boolean;
  canResolve: boolean;
}) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const query = useQuery({
    queryKey: helpKeys.article(lang, slug),
    queryFn: ({ signal }) => getArticle(slug, lang, signal),
    staleTime: HELP_STALE_MS,
  });
  // Reading starts at the top of the article: focus moves there (which also scrolls it into view).
  const title = query.data?.title;
  useEffect(() => {
    if (title) headingRef.current?.focus();
  }, [title]);

  return (
    <section className="card contact-article" aria-label={title ?? t("helpCenter.contact.article")}>
      <div className="contact-article__bar">
        <button type="button" className="link-button" onClick={onClose} data-testid="deflection-close">
          <Icon name="arrow" size={16} className="flip" />
          {t("helpCenter.contact.backToMessage")}
        </button>
        <Link to={helpArticlePath(slug)} className="small">
          {t("helpCenter.contact.openFull")}
        </Link>
      </div>
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError && <Alert tone="danger">{errorMessage(query.error, t)}</Alert>}
      {query.data && (
        <>
          <h2 ref={headingRef} tabIndex={-1} className="contact-article__title">
            {query.data.title}
          </h2>
          <ArticleBody article={query.data} />
          <div className="contact-article__actions">
            <ResolvedButton onResolve={onResolve} resolving={resolving} canResolve={canResolve} />
            <button type="button" className="button" onClick={onClose}>
              {t("helpCenter.contact.notAnswered")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
