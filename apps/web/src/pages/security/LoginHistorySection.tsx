import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type LoginHistoryEntry, listLoginHistory } from "../../api/accounts";
import { accountKeys } from "../../auth/session";
import { Alert } from "../../components/Form";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useNow } from "../../lib/hooks";
import { formatDateTime, formatRelative, parseDate } from "../../lib/time";
import { deviceLabel } from "./deviceLabel";

const PAGE_SIZE = 10;

const OUTCOME_BADGES: Record<LoginHistoryEntry["outcome"], string> = {
  success: "badge--ok",
  failure: "badge--danger",
  locked: "badge--danger",
  mfa_failed: "badge--warning",
  unknown: "badge--neutral",
};

export function LoginHistorySection() {
  const { t } = useTranslation();
  const now = useNow(30_000);
  const lang = currentLanguage();
  const history = useInfiniteQuery({
    queryKey: accountKeys.loginHistory,
    queryFn: ({ pageParam, signal }) => listLoginHistory(pageParam, PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = history.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Section
      id="login-history"
      icon="clock"
      title={t("security.history.title")}
      description={t("security.history.lead")}
    >
      {history.isPending && <p className="muted">{t("common.loading")}</p>}
      {history.isError && entries.length === 0 && (
        <Alert tone="danger" title={t("security.history.error")}>
          {errorMessage(history.error, t)}
        </Alert>
      )}
      {history.isSuccess && entries.length === 0 && <p className="muted">{t("security.history.empty")}</p>}
      {entries.length > 0 && (
        <ul className="rows" data-testid="login-history">
          {entries.map((entry) => {
            const date = parseDate(entry.createdAt);
            return (
              <li key={entry.id} className="row row--compact" data-outcome={entry.outcome}>
                <span className={`badge ${OUTCOME_BADGES[entry.outcome]}`}>
                  {t(`security.history.outcomes.${entry.outcome}`)}
                </span>
                <div className="row__main">
                  <span className="row__title">
                    {deviceLabel(entry, t("security.sessions.unknownDevice"))}
                  </span>
                  <span className="row__meta">
                    {entry.ip && <span>{t("security.sessions.ip", { ip: entry.ip })}</span>}
                  </span>
                </div>
                {date && (
                  <time className="row__time" dateTime={entry.createdAt} title={formatDateTime(date, lang)}>
                    {formatRelative(date, now, lang, t("time.justNow"))}
                  </time>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {history.hasNextPage && (
        <div className="section-card__footer section-card__footer--center">
          <button
            type="button"
            className="button button--small"
            onClick={() => void history.fetchNextPage()}
            disabled={history.isFetchingNextPage}
            data-testid="history-more"
          >
            {history.isFetchingNextPage ? t("common.loading") : t("security.history.more")}
          </button>
        </div>
      )}
    </Section>
  );
}
