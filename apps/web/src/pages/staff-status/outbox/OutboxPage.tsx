import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listOutbox } from "../../../api/staff-status";
import { EmptyState } from "../../../components/EmptyState";
import { currentLanguage } from "../../../i18n";
import { LoadFailed, Loading, LoadMore } from "../../staff-payments/Feedback";
import { staffStatusKeys } from "../queries";
import { StaffStatusFrame } from "../StaffStatusFrame";
import { OutboxTable } from "./OutboxTable";

const PAGE_SIZE = 50;

/**
 * The outbox's dead letters: messages that failed every attempt, with why, to retry or discard;
 * the discarded ones on a second tab. Counts of what is still waiting and what is dead on top.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"dead" | "discarded">("dead");
  const query = useInfiniteQuery({
    queryKey: staffStatusKeys.outbox(status),
    queryFn: ({ pageParam, signal }) => listOutbox({ status, cursor: pageParam, limit: PAGE_SIZE, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const messages = query.data?.pages.flatMap((p) => p.data) ?? [];
  const counts = query.data?.pages[0]?.counts;
  const count = (n: number) => new Intl.NumberFormat(currentLanguage()).format(n);

  return (
    <StaffStatusFrame
      page="outbox"
      actions={
        counts ? (
          <dl className="staff-facts subscriber-counts" data-testid="outbox-counts">
            <div>
              <dt>{t("staffStatus.outbox.pending")}</dt>
              <dd data-testid="outbox-pending">{count(counts.pending)}</dd>
            </div>
            <div>
              <dt>{t("staffStatus.outbox.dead")}</dt>
              <dd data-testid="outbox-dead">{count(counts.dead)}</dd>
            </div>
          </dl>
        ) : null
      }
    >
      <div className="stack">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("staffStatus.outbox.show")}</legend>
          {(["dead", "discarded"] as const).map((s) => (
            <button
              key={s}
              type="button"
              className="segmented__option"
              aria-pressed={status === s}
              onClick={() => setStatus(s)}
              data-testid={`outbox-tab-${s}`}
            >
              {t(`staffStatus.outbox.tabs.${s}`)}
            </button>
          ))}
        </fieldset>
        {query.isPending && <Loading />}
        {query.isError && messages.length === 0 && (
          <LoadFailed
            title={t("staffStatus.outbox.loadError")}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {query.isSuccess && messages.length === 0 && (
          <EmptyState
            icon="check"
            title={t(
              status === "dead" ? "staffStatus.outbox.emptyDead" : "staffStatus.outbox.emptyDiscarded",
            )}
          >
            <p className="muted">
              {t(
                status === "dead"
                  ? "staffStatus.outbox.emptyDeadBody"
                  : "staffStatus.outbox.emptyDiscardedBody",
              )}
            </p>
          </EmptyState>
        )}
        {messages.length > 0 && <OutboxTable messages={messages} dead={status === "dead"} />}
        <LoadMore
          hasMore={query.hasNextPage}
          loading={query.isFetchingNextPage}
          onMore={() => void query.fetchNextPage()}
        />
      </div>
    </StaffStatusFrame>
  );
}
