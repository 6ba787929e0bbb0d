import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon, type IconName } from "../../components/Icon";
import "../../styles/payments.css";

const ACTIONS: { to: string; key: "deposit" | "withdraw" | "verify"; icon: IconName; testId: string }[] = [
  { to: "/deposit", key: "deposit", icon: "moneyIn", testId: "quick-deposit" },
  { to: "/withdraw", key: "withdraw", icon: "moneyOut", testId: "quick-withdraw" },
  { to: "/verification", key: "verify", icon: "shield", testId: "quick-verify" },
];

/** The dashboard's way into money in and out: add money, withdraw, verify identity. */
export function MoneyInOut() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("payments.dashboard.title")}>
      <ul className="area-grid shortcuts money-in-out" data-testid="money-in-out">
        {ACTIONS.map(({ to, key, icon, testId }) => (
          <li key={to}>
            <Link to={to} className="card area-card" data-testid={testId}>
              <span className="area-card__icon">
                <Icon name={icon} />
              </span>
              <span className="area-card__body">
                <span className="area-card__title">{t(`payments.dashboard.${key}`)}</span>
                <span className="area-card__summary">{t(`payments.dashboard.${key}Summary`)}</span>
              </span>
              <span className="area-card__go" aria-hidden="true">
                <Icon name="arrow" size={20} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
