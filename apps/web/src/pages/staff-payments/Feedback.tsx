import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Form";
import { Icon, type IconName } from "../../components/Icon";
import { errorMessage } from "../../lib/errors";

/** "Loading…" in place of a list or a detail that is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="muted loading-line" aria-live="polite">
      <Icon name="refresh" size={18} className="spin" /> {t("common.loading")}
    </p>
  );
}

/** A list or detail that could not be loaded, with the reason and a way to ask again. */
export function LoadFailed({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      tone="danger"
      title={title}
      actions={
        <button type="button" className="button button--small" onClick={onRetry}>
          {t("common.tryAgain")}
        </button>
      }
    >
      {errorMessage(error, t)}
    </Alert>
  );
}

/** A list with nothing in it, said plainly (an empty queue is good news, not an error). */
export function Empty({
  icon = "inbox",
  children,
  testId,
}: {
  icon?: IconName;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="staff-empty" data-testid={testId}>
      <Icon name={icon} size={22} />
      <p>{children}</p>
    </div>
  );
}

/** "Load more" under a cursor-paged list. */
export function LoadMore({
  hasMore,
  loading,
  onMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="button"
        onClick={onMore}
        disabled={loading}
        aria-busy={loading || undefined}
      >
        {loading ? t("common.loading") : t("staffPayments.loadMore")}
      </button>
    </div>
  );
}

/** What a query needs to say where it stands. */
interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The loading, failed and empty states of a list, in one place: "Loading…", the error with a
 * way to ask again (only while nothing is shown: a failed "Load more" keeps the rows), or the
 * empty message.
 */
export function QueryState({
  query,
  isEmpty,
  errorTitle,
  empty,
  emptyIcon,
  emptyTestId,
}: {
  query: QueryLike;
  isEmpty: boolean;
  errorTitle: string;
  empty: ReactNode;
  emptyIcon?: IconName;
  emptyTestId?: string;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError && isEmpty) {
    return <LoadFailed title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.isError && isEmpty) {
    return (
      <Empty {...(emptyIcon ? { icon: emptyIcon } : {})} {...(emptyTestId ? { testId: emptyTestId } : {})}>
        {empty}
      </Empty>
    );
  }
  return null;
}
