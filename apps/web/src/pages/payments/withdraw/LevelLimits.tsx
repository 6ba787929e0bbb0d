import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LevelLimits as Limits } from "../../../api/verification";
import { Money } from "../../../components/Money";
import { compareDecimal } from "../../../lib/money";

/** A limit of zero means the level may not withdraw at all. */
function Limit({ amount, currency }: { amount: string; currency: string }) {
  const { t } = useTranslation();
  if (compareDecimal(amount, "0") !== 1)
    return <span className="muted">{t("payments.verification.notAllowed")}</span>;
  return <Money amount={amount} currency={currency} />;
}

/** The withdrawal limits of the customer's verification level (per withdrawal, day, month), with the way to raise them. */
export function LevelLimits({ limits, hasNext }: { limits: Limits; hasNext: boolean }) {
  const { t } = useTranslation();
  const w = limits.withdrawal;
  return (
    <div className="level-limits" data-testid="withdraw-limits">
      <p className="small">
        <strong>{t("payments.withdraw.limitsTitle", { level: limits.level })}</strong>
      </p>
      <dl className="method-facts">
        <div>
          <dt>{t("payments.limits.perTransaction")}</dt>
          <dd>
            <Limit amount={w.perTransaction} currency={limits.currency} />
          </dd>
        </div>
        <div>
          <dt>{t("payments.limits.daily")}</dt>
          <dd>
            <Limit amount={w.daily} currency={limits.currency} />
          </dd>
        </div>
        <div>
          <dt>{t("payments.limits.monthly")}</dt>
          <dd>
            <Limit amount={w.monthly} currency={limits.currency} />
          </dd>
        </div>
      </dl>
      {hasNext && (
        <p className="small">
          <Link to="/verification">{t("payments.withdraw.raiseLimits")}</Link>
        </p>
      )}
    </div>
  );
}
