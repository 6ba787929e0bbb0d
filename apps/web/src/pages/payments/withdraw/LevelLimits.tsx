import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LevelLimits as Limits } from "../../../api/verification";
import { Money } from "../../../components/Money";

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
            <Money amount={w.perTransaction} currency={limits.currency} />
          </dd>
        </div>
        <div>
          <dt>{t("payments.limits.daily")}</dt>
          <dd>
            <Money amount={w.daily} currency={limits.currency} />
          </dd>
        </div>
        <div>
          <dt>{t("payments.limits.monthly")}</dt>
          <dd>
            <Money amount={w.monthly} currency={limits.currency} />
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
