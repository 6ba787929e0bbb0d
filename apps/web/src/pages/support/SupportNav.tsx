import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { Icon } from "../../components/Icon";

/** The support pages' own navigation, under the page header: my tickets, a new one, the help center. */
export function SupportNav() {
  const { t } = useTranslation();
  return (
    <nav className="chip-nav support-nav" aria-label={t("support.nav.label")}>
      <ul>
        <li>
          <NavLink to="/support/tickets" end data-testid="support-nav-tickets">
            <Icon name="inbox" size={16} />
            {t("support.list.title")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/support/new" data-testid="support-nav-new">
            <Icon name="plus" size={16} />
            {t("support.list.newTicket")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/help">
            <Icon name="book" size={16} />
            {t("helpCenter.title")}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
