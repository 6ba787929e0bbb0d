import { useTranslation } from "react-i18next";
import type { FailureReason, TimelineEntry } from "../../api/wallets";
import { Icon } from "../../components/Icon";
import { currentLanguage } from "../../i18n";
import { formatDateTime, parseDate } from "../../lib/time";
import { humanize, isKnownStatus } from "../../lib/transactions";

/** The states the transaction went through, oldest first, each with its time. */
export function Timeline({ entries, reason }: { entries: TimelineEntry[]; reason: FailureReason | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" data-testid="timeline">
      {sorted.map((entry, index) => {
        const date = parseDate(entry.at);
        const known = isKnownStatus(entry.status);
        const why = entry.reasonCode
          ? reason && reason.code === entry.reasonCode && reason.title
            ? reason.title
            : humanize(entry.reasonCode)
          : null;
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the same status may appear twice; the order is the identity
            key={`${entry.status}-${index}`}
            className={`timeline__item timeline__item--${known ? entry.status : "other"}`}
            data-status={entry.status}
          >
            <span className="timeline__dot" aria-hidden="true">
              <Icon
                name={entry.status === "failed" ? "close" : entry.status === "pending" ? "clock" : "check"}
                size={14}
              />
            </span>
            <div className="timeline__body">
              <span className="timeline__status">
                {isKnownStatus(entry.status) ? t(`txn.status.${entry.status}`) : humanize(entry.status)}
              </span>
              {date && (
                <time dateTime={entry.at} className="timeline__time">
                  {formatDateTime(date, lang)}
                </time>
              )}
              {why && <span className="timeline__reason">{why}</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
