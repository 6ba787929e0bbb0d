import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon";

/** The dashboard's shortcut to the customer's tickets (an item of its shortcut list). */
export function SupportShortcut() {
  const { t } = useTranslation();
  return (
    <li>
      <Link to="/support/tickets" className="card area-card" data-testid="shortcut-support">
        <span className="area-card__icon">
          <Icon name="headset" />
        </span>
        <span className="area-card__body">
          <span className="area-card__title">{t("support.nav.shortcutTitle")}</span>
          <span className="area-card__summary">{t("support.nav.shortcutSummary")}</span>
        </span>
        <span className="area-card__go" aria-hidden="true">
          <Icon name="arrow" size={20} />
        </span>
      </Link>
    </li>
  );
}
