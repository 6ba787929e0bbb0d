import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { listQueue, type QueueFilters } from "../../../api/console";
import { useDocumentTitle, useNow } from "../../../lib/hooks";
import { LoadMore, QueryState } from "../../staff-payments/Feedback";
import { POLL_MS, useConsoleLive } from "../live";
import { consoleKeys } from "../queries";
import { activeView, filtersFrom, paramsFrom } from "../queueParams";
import { QueueFiltersBar } from "./QueueFiltersBar";
import { QueueTable } from "./QueueTable";
import { ViewSidebar } from "./ViewSidebar";

const PAGE_SIZE = 25;

/** The queue: views with counts and saved views on the left, filters and the tickets on the right. */
export function QueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("console.title"));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const live = useConsoleLive();
  const now = useNow(30_000);

  const apply = (next: QueueFilters) => setParams(paramsFrom(next));

  const query = useInfiniteQuery({
    queryKey: consoleKeys.queue(filters),
    queryFn: ({ pageParam, signal }) =>
      listQueue({ ...filters, cursor: pageParam, limit: PAGE_SIZE, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Without the event stream, new tickets still show up.
    refetchInterval: live.connected ? false : POLL_MS,
  });
  const rows = query.data?.pages.flatMap((p) => p.data) ?? [];
  const view = activeView(filters);
  const heading = view ? t(`console.views.${view}`) : t("console.queue.filtered");

  return (
    <div className="console-queue">
      <ViewSidebar filters={filters} active={view} onApply={apply} />
      <section className="console-queue__main" aria-labelledby="queue-heading">
        <div className="console-queue__head">
          <h1 id="queue-heading">{heading}</h1>
          {query.isFetching && !query.isPending && (
            <span className="muted small" aria-live="polite">
              {t("console.queue.refreshing")}
            </span>
          )}
        </div>
        <QueueFiltersBar filters={filters} onApply={apply} />
        <QueryState
          query={query}
          isEmpty={rows.length === 0}
          errorTitle={t("console.queue.loadError")}
          empty={filters.q ? t("console.queue.noMatch") : t("console.queue.empty")}
          emptyIcon={filters.q ? "inbox" : "check"}
          emptyTestId="queue-empty"
        />
        {rows.length > 0 && <QueueTable rows={rows} now={now} fresh={live.fresh} />}
        <LoadMore
          hasMore={Boolean(query.hasNextPage)}
          loading={query.isFetchingNextPage}
          onMore={() => void query.fetchNextPage()}
        />
      </section>
    </div>
  );
}
