import type { TimelineStep } from "../../../api/payments";
import type { FailureReason } from "../../../api/wallets";
import { Icon, type IconName } from "../../../components/Icon";
import { currentLanguage } from "../../../i18n";
import { formatDateTime, parseDate } from "../../../lib/time";
import { humanize } from "../../../lib/transactions";
import { type PaymentKind, statusTone, useStatusLabel } from "./labels";

const TONE_ICONS: Record<ReturnType<typeof statusTone>, IconName> = {
  ok: "check",
  warning: "clock",
  danger: "close",
  neutral: "info",
};

/** The states a deposit or withdrawal went through, oldest first, each with its time, reason and note. */
export function StatusTimeline({
  kind,
  steps,
  reason,
}: {
  kind: PaymentKind;
  steps: TimelineStep[];
  reason: FailureReason | null;
}) {
  const label = useStatusLabel();
  const lang = currentLanguage();
  const sorted = [...steps].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" data-testid="payment-timeline">
      {sorted.map((step, index) => {
        const date = parseDate(step.at);
        const tone = statusTone(step.status);
        const why = step.reasonCode
          ? reason?.code === step.reasonCode && reason.title
            ? reason.title
            : humanize(step.reasonCode)
          : null;
        return (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: the same status may appear twice; the order is the identity
            key={`${step.status}-${index}`}
            className={`timeline__item payment-step payment-step--${tone}`}
            data-status={step.status}
          >
            <span className="timeline__dot" aria-hidden="true">
              <Icon name={TONE_ICONS[tone]} size={14} />
            </span>
            <div className="timeline__body">
              <span className="timeline__status">{label(kind, step.status)}</span>
              {date && (
                <time dateTime={step.at} className="timeline__time">
                  {formatDateTime(date, lang)}
                </time>
              )}
              {why && <span className="timeline__reason">{why}</span>}
              {step.note && <span className="timeline__reason">“{step.note}”</span>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
