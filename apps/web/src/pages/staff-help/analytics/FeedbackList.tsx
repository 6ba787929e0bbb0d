import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listFeedback } from "../../../api/staffHelpInsights";
import { LoadMore, QueryState } from "../../staff-payments/Feedback";
import { dateTime } from "../../staff-payments/format";
import { editorPath } from "../helpPages";
import { helpKeys } from "../queries";

const PAGE_SIZE = 20;
type Helpful = "" | "yes" | "no";

/**
 * The latest "Was this helpful?" answers with their comments. Comments are what customers
 * typed: shown as plain text (React escapes it), never as HTML or markdown.
 */
export function FeedbackList() {
  const { t } = useTranslation();
  const [helpful, setHelpful] = useState<Helpful>("");
  const query = useInfiniteQuery({
    queryKey: helpKeys.feedback(helpful),
    queryFn: ({ pageParam, signal }) =>
      listFeedback({
        helpful: helpful === "" ? undefined : helpful === "yes",
        cursor: pageParam,
        limit: PAGE_SIZE,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = query.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <section className="card report" aria-labelledby="feedback-title" data-testid="report-feedback">
      <header className="report__head">
        <div>
          <h2 id="feedback-title">{t("staffHelp.analytics.feedback.title")}</h2>
          <p className="small muted">{t("staffHelp.analytics.feedback.lead")}</p>
        </div>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("staffHelp.analytics.feedback.filter")}</legend>
          {(["", "no", "yes"] as const).map((value) => (
            <button
              key={value || "all"}
              type="button"
              className="segmented__option"
              aria-pressed={helpful === value}
              onClick={() => setHelpful(value)}
            >
              {t(`staffHelp.analytics.feedback.show.${value || "all"}`)}
            </button>
          ))}
        </fieldset>
      </header>
      <QueryState
        query={query}
        isEmpty={items.length === 0}
        errorTitle={t("staffHelp.analytics.feedback.loadError")}
        empty={t("staffHelp.analytics.feedback.empty")}
      />
      {items.length > 0 && (
        <ul className="staff-list feedback-list">
          {items.map((f) => (
            <li key={f.id} className="staff-item feedback-item" data-feedback={f.id}>
              <div className="feedback-item__head">
                <span className={`badge ${f.helpful ? "badge--ok" : "badge--danger"}`}>
                  {f.helpful
                    ? t("staffHelp.analytics.feedback.helpful")
                    : t("staffHelp.analytics.feedback.notHelpful")}
                </span>
                <Link to={editorPath(f.slug)} className="mono small">
                  {f.slug}
                </Link>
                {f.lang && <span className="badge badge--neutral">{f.lang}</span>}
                <span className="small muted">
                  {f.user
                    ? (f.user.name ?? t("staffHelp.analytics.feedback.customer"))
                    : t("staffHelp.analytics.feedback.guest")}{" "}
                  · {dateTime(f.createdAt)}
                </span>
              </div>
              {f.comment ? (
                <p className="feedback-item__comment" lang={f.lang || undefined}>
                  {f.comment}
                </p>
              ) : (
                <p className="small muted">{t("staffHelp.analytics.feedback.noComment")}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
      />
    </section>
  );
}
