import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon";
import { HELP_STAFF_PAGES, isHelpStaff } from "./helpPages";

/** Cards to the help center's staff pages, for a staff area's grid of shortcuts (agents and admins only). */
export function StaffHelpLinks({ userRole }: { userRole: string }) {
  const { t } = useTranslation();
  if (!isHelpStaff(userRole)) return null;
  return (
    <>
      {HELP_STAFF_PAGES.map((p) => (
        <li key={p.key}>
          <Link to={p.to} className="card area-card" data-testid={`staff-help-link-${p.key}`}>
            <span className="area-card__icon">
              <Icon name={p.icon} />
            </span>
            <span className="area-card__body">
              <span className="area-card__title">{t(`staffHelp.pages.${p.key}.title`)}</span>
              <span className="area-card__summary">{t(`staffHelp.pages.${p.key}.summary`)}</span>
            </span>
            <span className="area-card__go" aria-hidden="true">
              <Icon name="arrow" size={20} />
            </span>
          </Link>
        </li>
      ))}
    </>
  );
}
