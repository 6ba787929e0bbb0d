import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { recordSearchClick, type SearchResult, searchHelp } from "../../api/help";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { HelpSearchBox } from "../../components/HelpSearchBox";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { LANGUAGE_LABEL_KEYS } from "../../lib/languages";
import { contactPath, helpArticlePath } from "../../lib/support";
import { HelpSnippet } from "./HelpSnippet";
import { Breadcrumbs, ContactSupportCard, PopularArticles } from "./parts";
import { helpKeys, useHelpLanguage } from "./queries";

const RESULT_LIMIT = 10;

/** /help/search?q=: the results with highlighted snippets; opening one is recorded for the analytics. */
export function HelpSearchPage() {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  useDocumentTitle(q ? t("helpCenter.search.pageTitleFor", { q }) : t("helpCenter.search.pageTitle"));
  const search = useQuery({
    queryKey: helpKeys.search(lang, q),
    queryFn: ({ signal }) => searchHelp(q, lang, RESULT_LIMIT, signal),
    enabled: q !== "",
    // Each answer is a logged search: do not ask again just because the window got the focus back.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

  return (
    <div className="container page help-page" data-testid="help-search-page">
      <Breadcrumbs items={[{ label: t("helpCenter.search.pageTitle") }]} />
      <h1 className="help-page__title">
        {q ? t("helpCenter.search.headingFor", { q }) : t("helpCenter.search.pageTitle")}
      </h1>
      <div className="help-page__search">
        {/* A new query in the address starts a fresh box (with that query in it). */}
        <HelpSearchBox key={q} variant="large" initialQuery={q} />
      </div>
      {q === "" && <p className="muted">{t("helpCenter.search.empty")}</p>}
      {q !== "" && search.isPending && <p className="muted">{t("helpCenter.search.searching")}</p>}
      {search.isError && (
        <Alert tone="danger" title={t("helpCenter.search.error")}>
          {errorMessage(search.error, t)}
        </Alert>
      )}
      {search.data && search.data.results.length > 0 && (
        <>
          <p className="help-results__count muted" aria-live="polite">
            {t("helpCenter.search.resultCount", { count: search.data.results.length })}
          </p>
          <ol className="help-results">
            {search.data.results.map((result, index) => (
              <ResultItem
                key={result.slug}
                result={result}
                position={index}
                searchId={search.data.searchId}
              />
            ))}
          </ol>
          <ContactSupportCard>{t("helpCenter.search.notFound")}</ContactSupportCard>
        </>
      )}
      {search.data && search.data.results.length === 0 && <NoResults q={q} />}
    </div>
  );
}

function ResultItem({
  result,
  position,
  searchId,
}: {
  result: SearchResult;
  /** Place in the list, from 0 (as the click API counts). */
  position: number;
  searchId: string | null;
}) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  return (
    <li className="card help-result" data-testid="help-result">
      <h2 className="help-result__title">
        <Link
          to={helpArticlePath(result.slug)}
          onClick={() => {
            if (searchId) recordSearchClick(searchId, result.slug, position);
          }}
        >
          {result.title}
        </Link>
      </h2>
      {result.snippet && (
        <p className="help-result__snippet" lang={result.lang}>
          <HelpSnippet snippet={result.snippet} />
        </p>
      )}
      {result.lang !== lang && (
        <span className="badge badge--neutral">
          {t("helpCenter.search.inLanguage", { language: t(LANGUAGE_LABEL_KEYS[result.lang]) })}
        </span>
      )}
    </li>
  );
}

function NoResults({ q }: { q: string }) {
  const { t } = useTranslation();
  return (
    <div className="help-no-results" data-testid="help-no-results">
      <EmptyState icon="compass" title={t("helpCenter.search.noResultsTitle", { q })}>
        <p>{t("helpCenter.search.noResultsBody")}</p>
        <Link to={contactPath()} className="button button--primary" data-testid="help-no-results-contact">
          {t("helpCenter.contactCard.contact")}
        </Link>
      </EmptyState>
      <PopularArticles />
    </div>
  );
}
