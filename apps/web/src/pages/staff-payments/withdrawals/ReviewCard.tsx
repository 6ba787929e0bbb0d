import { useTranslation } from "react-i18next";
import type { ReviewWithdrawal } from "../../../api/staffReviews";
import { Icon } from "../../../components/Icon";
import { Money } from "../../../components/Money";
import { dateTime } from "../format";
import { levelLabel } from "../levels";
import { destinationFacts, reviewReasonLabel, withdrawalStatusLabel } from "./labels";

/** One withdrawal waiting for review: who asks, where the money goes, how much, why it waits, what happened so far. */
export function ReviewCard({
  withdrawal: w,
  onApprove,
  onReject,
}: {
  withdrawal: ReviewWithdrawal;
  onApprove: () => void;
  onReject: () => void;
}) {
  const { t } = useTranslation();
  const destination = w.destination;
  return (
    <li className="card review-card" data-withdrawal={w.id}>
      <header className="review-card__head">
        <div>
          <Money amount={w.amount} currency={w.currency} className="review-card__amount" />
          <span className="muted small">
            {" "}
            {t("staffPayments.withdrawals.requestedAt", { time: dateTime(w.createdAt) })}
          </span>
        </div>
        <span className="badge badge--warning">{withdrawalStatusLabel(w.status, t)}</span>
      </header>

      {w.reviewReasons.length > 0 && (
        <ul className="review-reasons" aria-label={t("staffPayments.withdrawals.whyReview")}>
          {w.reviewReasons.map((r) => (
            <li key={r} className="badge badge--warning">
              <Icon name="alert" size={14} /> {reviewReasonLabel(r, t)}
            </li>
          ))}
        </ul>
      )}

      <div className="review-card__grid">
        <section aria-label={t("staffPayments.withdrawals.customer")}>
          <h3>{t("staffPayments.withdrawals.customer")}</h3>
          <dl className="staff-facts staff-facts--column">
            <div>
              <dt>{t("staffPayments.withdrawals.name")}</dt>
              <dd>{w.customer?.name ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("staffPayments.withdrawals.walletNumber")}</dt>
              <dd className="mono">{w.customer?.walletNumber ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("staffPayments.withdrawals.email")}</dt>
              <dd>{w.customer?.email ?? "—"}</dd>
            </div>
            <div>
              <dt>{t("staffPayments.withdrawals.level")}</dt>
              <dd>{levelLabel(w.customer?.verificationLevel ?? null, t)}</dd>
            </div>
          </dl>
        </section>
        <section aria-label={t("staffPayments.withdrawals.destination")}>
          <h3>{t("staffPayments.withdrawals.destination")}</h3>
          <dl className="staff-facts staff-facts--column">
            <div>
              <dt>{t("staffPayments.withdrawals.method")}</dt>
              <dd>
                {destination?.methodName || w.methodId || "—"}
                {destination?.label && <span className="muted"> · {destination.label}</span>}
              </dd>
            </div>
            {destination &&
              destinationFacts(destination.display, t).map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd className={f.code ? "mono" : undefined}>{f.value}</dd>
                </div>
              ))}
            {destination?.createdAt && (
              <div>
                <dt>{t("staffPayments.withdrawals.addedAt")}</dt>
                <dd>{dateTime(destination.createdAt)}</dd>
              </div>
            )}
          </dl>
        </section>
        <section aria-label={t("staffPayments.withdrawals.money")}>
          <h3>{t("staffPayments.withdrawals.money")}</h3>
          <dl className="staff-facts staff-facts--column">
            <div>
              <dt>{t("staffPayments.withdrawals.amount")}</dt>
              <dd>
                <Money amount={w.amount} currency={w.currency} />
              </dd>
            </div>
            <div>
              <dt>{t("staffPayments.withdrawals.fee")}</dt>
              <dd>
                <Money amount={w.fee} currency={w.currency} />
              </dd>
            </div>
            <div>
              <dt>{t("staffPayments.withdrawals.total")}</dt>
              <dd>
                <strong>
                  <Money amount={w.total} currency={w.currency} />
                </strong>
              </dd>
            </div>
            {w.reference && (
              <div>
                <dt>{t("staffPayments.withdrawals.reference")}</dt>
                <dd className="mono">{w.reference}</dd>
              </div>
            )}
          </dl>
        </section>
      </div>

      {w.timeline.length > 0 && (
        <details className="review-card__timeline">
          <summary>{t("staffPayments.withdrawals.timeline")}</summary>
          <ol className="staff-timeline">
            {[...w.timeline]
              .sort((a, b) => a.at.localeCompare(b.at))
              .map((entry, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same status may appear twice; the order is the identity
                <li key={`${entry.status}-${i}`}>
                  <strong>{withdrawalStatusLabel(entry.status, t)}</strong>{" "}
                  <time dateTime={entry.at} className="muted small">
                    {dateTime(entry.at)}
                  </time>
                  {entry.reasonCode && (
                    <span className="small"> · {reviewReasonLabel(entry.reasonCode, t)}</span>
                  )}
                  {entry.note && <span className="small"> · {entry.note}</span>}
                </li>
              ))}
          </ol>
        </details>
      )}

      <div className="button-row review-card__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onApprove}
          data-testid={`approve-${w.id}`}
        >
          <Icon name="check" size={16} />
          {t("staffPayments.withdrawals.approve")}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={onReject}
          data-testid={`reject-${w.id}`}
        >
          <Icon name="close" size={16} />
          {t("staffPayments.withdrawals.reject")}
        </button>
      </div>
    </li>
  );
}
