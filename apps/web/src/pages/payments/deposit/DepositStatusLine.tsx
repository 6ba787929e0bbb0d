import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Deposit } from "../../../api/payments";
import { Icon } from "../../../components/Icon";
import { Money } from "../../../components/Money";
import { useShortTime } from "../shared/MethodFacts";

/** One plain sentence for where the deposit is, and what (if anything) the customer should do. */
export function DepositStatusLine({ deposit }: { deposit: Deposit }) {
  const { t } = useTranslation();
  const time = useShortTime();
  const method = deposit.methodName;

  if (deposit.status === "succeeded") {
    return (
      <div className="status-line status-line--ok" data-testid="deposit-status-line" data-status="succeeded">
        <Icon name="check" size={22} />
        <div>
          <p>
            <strong>
              {t("payments.depositStatus.succeeded", { currency: deposit.currency })}{" "}
              <Money amount={deposit.netAmount} currency={deposit.currency} testId="deposit-credited" />
            </strong>
          </p>
          {deposit.completedAt && (
            <p className="muted small">
              {t("payments.depositStatus.creditedAt", { time: time(deposit.completedAt) })}
            </p>
          )}
          <div className="button-row">
            {deposit.transactionId && (
              <Link
                to={`/transactions/${encodeURIComponent(deposit.transactionId)}`}
                className="button button--small"
                data-testid="deposit-transaction"
              >
                {t("payments.depositStatus.viewTransaction")}
              </Link>
            )}
            <Link to="/app" className="button button--small button--primary" data-testid="deposit-balances">
              {t("payments.depositStatus.seeBalance")}
            </Link>
          </div>
        </div>
      </div>
    );
  }

  if (deposit.status === "failed") return null; // the reason callout says it all

  if (deposit.status === "expired") {
    return (
      <div
        className="status-line status-line--neutral"
        data-testid="deposit-status-line"
        data-status="expired"
      >
        <Icon name="clock" size={22} />
        <div>
          <p>
            {deposit.expiresAt
              ? t("payments.depositStatus.expiredAt", { time: time(deposit.expiresAt) })
              : t("payments.depositStatus.expired")}
          </p>
          <p>
            {t("payments.depositStatus.expiredSent")}{" "}
            <Link to="/deposits/trace">{t("payments.depositStatus.traceLink")}</Link>
          </p>
        </div>
      </div>
    );
  }

  const redirect = deposit.nextAction?.type === "redirect" ? deposit.nextAction : null;
  if (deposit.providerStatus === "requires_action") {
    return (
      <div
        className="status-line status-line--warning"
        data-testid="deposit-status-line"
        data-status="requires_action"
      >
        <Icon name="alert" size={22} />
        <div>
          <p>
            {deposit.kind === "card"
              ? t("payments.depositStatus.requiresActionCard")
              : t("payments.depositStatus.requiresActionWallet", { method })}
          </p>
          {redirect && (
            <a href={redirect.url} className="button button--primary" data-testid="deposit-continue">
              {t("payments.depositStatus.continue")}
              <Icon name="arrow" size={16} />
            </a>
          )}
        </div>
      </div>
    );
  }

  const waitingFor =
    deposit.providerStatus ?? (deposit.status === "created" ? "created" : "pending_at_provider");
  return (
    <div
      className="status-line status-line--warning"
      data-testid="deposit-status-line"
      data-status={waitingFor}
    >
      <Icon name="clock" size={22} />
      <div>
        <p>{t(`payments.depositStatus.waiting.${waitingFor}`, { method })}</p>
        {waitingFor !== "awaiting_transfer" && (
          <p className="muted small">{t("payments.depositStatus.nothingToDo")}</p>
        )}
      </div>
    </div>
  );
}
