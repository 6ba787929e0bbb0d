import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ARTICLE_FILTERS, type ArticleFilter, listArticles } from "../../../api/staffHelp";
import { listCategories } from "../../../api/staffHelpTaxonomy";
import { SelectField, TextField } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { useDebouncedValue } from "../../../lib/hooks";
import { LoadMore, QueryState } from "../../staff-payments/Feedback";
import { HelpStaffFrame } from "../HelpStaffFrame";
import { newArticlePath } from "../helpPages";
import { helpKeys } from "../queries";
import { sectionName } from "../taxonomy/names";
import { ArticleTable } from "./ArticleTable";

const PAGE_SIZE = 30;

function readFilter(value: string | null): ArticleFilter | "" {
  return ARTICLE_FILTERS.find((f) => f === value) ?? "";
}

/** Every article with both languages' status; filters by status, section and text live in the address. */
export function ArticleListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = readFilter(params.get("status"));
  const section = params.get("section") ?? "";
  const [text, setText] = useState(params.get("q") ?? "");
  const q = useDebouncedValue(text.trim(), 300);

  const setParam = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  // The text filter follows typing after a pause, so the address and the list do not change on every key.
  // biome-ignore lint/correctness/useExhaustiveDependencies: setParam is rebuilt each render; only q matters
  useEffect(() => {
    if ((params.get("q") ?? "") !== q) setParam("q", q);
  }, [q]);

  const categories = useQuery({
    queryKey: helpKeys.categories,
    queryFn: ({ signal }) => listCategories(signal),
  });
  const query = useInfiniteQuery({
    queryKey: helpKeys.articleList({ q, status, section }),
    queryFn: ({ pageParam, signal }) =>
      listArticles({
        q,
        status: status || undefined,
        section: section || undefined,
        cursor: pageParam,
        limit: PAGE_SIZE,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const articles = query.data?.pages.flatMap((p) => p.data) ?? [];
  const filtered = Boolean(q || status || section);

  return (
    <HelpStaffFrame page="articles">
      <div className="stack">
        <div className="staff-toolbar">
          <p className="muted small">{t("staffHelp.articles.workflow")}</p>
          <Link to={newArticlePath()} className="button button--primary" data-testid="new-article">
            <Icon name="plus" size={16} />
            {t("staffHelp.articles.new")}
          </Link>
        </div>
        <search className="help-filters" aria-label={t("staffHelp.articles.filters")}>
          <TextField
            label={t("staffHelp.articles.search")}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t("staffHelp.articles.searchPlaceholder")}
            testId="article-search"
          />
          <SelectField
            label={t("staffHelp.articles.status")}
            value={status}
            onChange={(e) => setParam("status", e.target.value)}
            testId="article-status-filter"
          >
            <option value="">{t("staffHelp.articles.anyStatus")}</option>
            {ARTICLE_FILTERS.map((f) => (
              <option key={f} value={f}>
                {t(`staffHelp.filters.${f}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t("staffHelp.articles.section")}
            value={section}
            onChange={(e) => setParam("section", e.target.value)}
            testId="article-section-filter"
          >
            <option value="">{t("staffHelp.articles.anySection")}</option>
            {(categories.data ?? []).map((c) => (
              <optgroup key={c.slug} label={sectionName(c.name)}>
                {c.sections.map((s) => (
                  <option key={s.slug} value={s.slug}>
                    {sectionName(s.name)}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
        </search>
        <QueryState
          query={query}
          isEmpty={articles.length === 0}
          errorTitle={t("staffHelp.articles.loadError")}
          empty={filtered ? t("staffHelp.articles.noMatch") : t("staffHelp.articles.empty")}
          emptyTestId="articles-empty"
        />
        {articles.length > 0 && <ArticleTable articles={articles} />}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onMore={() => void query.fetchNextPage()}
        />
      </div>
    </HelpStaffFrame>
  );
}
