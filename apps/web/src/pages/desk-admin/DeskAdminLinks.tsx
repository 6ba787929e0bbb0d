import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon";
import { deskAdminPagesFor } from "./deskAdminPages";

/** Cards to the support desk's settings pages this person may open, for the admin area's grid. */
export function DeskAdminLinks({ userRole }: { userRole: string }) {
  const { t } = useTranslation();
  return (
    <>
      {deskAdminPagesFor(userRole).map((p) => (
        <li key={p.key}>
          <Link to={p.to} className="card area-card" data-testid={`desk-admin-link-${p.key}`}>
            <span className="area-card__icon">
              <Icon name={p.icon} />
            </span>
            <span className="area-card__body">
              <span className="area-card__title">{t(`deskAdmin.pages.${p.key}.title`)}</span>
              <span className="area-card__summary">{t(`deskAdmin.pages.${p.key}.summary`)}</span>
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
