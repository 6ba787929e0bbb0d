import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Withdrawal, WithdrawalStatus } from "../../../api/payments";
import { Icon, type IconName } from "../../../components/Icon";
import { humanize } from "../../../lib/transactions";
import { statusTone } from "../shared/labels";

const ICONS: Record<WithdrawalStatus, IconName> = {
  requested: "clock",
  in_review: "shield",
  processing: "refresh",
  paid: "check",
  rejected: "alert",
  canceled: "close",
  failed: "alert",
  returned: "refresh",
};

/**
 * Where the withdrawal is and what happens next, in a sentence each: for every state the
 * customer knows whether to wait, what they may still do (cancel), or where the money went.
 */
const KNOWN_REASONS = ["new_destination", "large_amount", "account_frozen", "withdrawals_on_hold"] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];

export function WithdrawalStatusLine({ withdrawal }: { withdrawal: Withdrawal }) {
  const { t } = useTranslation();
  if (withdrawal.status === "unknown") return null;
  const status = withdrawal.status;
  const reasons = withdrawal.reviewReasons.filter((r): r is KnownReason =>
    (KNOWN_REASONS as readonly string[]).includes(r),
  );
  const other = withdrawal.reviewReasons.filter((r) => !(KNOWN_REASONS as readonly string[]).includes(r));
  return (
    <div
      className={`status-line status-line--${statusTone(status)}`}
      data-testid="withdrawal-status-line"
      data-status={status}
    >
      <Icon name={ICONS[status]} size={22} />
      <div>
        <p>
          <strong>{t(`payments.withdrawal.line.${status}.what`)}</strong>
        </p>
        <p>{t(`payments.withdrawal.line.${status}.next`)}</p>
        {status === "in_review" && (reasons.length > 0 || other.length > 0) && (
          <ul className="small" data-testid="withdrawal-review-reasons">
            {reasons.map((r) => (
              <li key={r}>{t(`payments.withdrawal.reviewReasons.${r}`)}</li>
            ))}
            {other.map((r) => (
              <li key={r}>{humanize(r)}</li>
            ))}
          </ul>
        )}
        {(status === "returned" || status === "canceled" || status === "rejected" || status === "failed") && (
          <p className="small">
            <Link to="/app">{t("payments.withdrawal.seeBalance")}</Link>
          </p>
        )}
      </div>
    </div>
  );
}
