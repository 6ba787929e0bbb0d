import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "../../components/Icon";
import { staffPagesFor } from "./staffPages";

/** Cards to the staff payment pages this person may open, for a staff area's grid of shortcuts. */
export function StaffPaymentLinks({ userRole, area }: { userRole: string; area: "agent" | "admin" }) {
  const { t } = useTranslation();
  return (
    <>
      {staffPagesFor(userRole, area).map((p) => (
        <li key={p.key}>
          <Link to={p.to} className="card area-card" data-testid={`staff-link-${p.key}`}>
            <span className="area-card__icon">
              <Icon name={p.icon} />
            </span>
            <span className="area-card__body">
              <span className="area-card__title">{t(`staffPayments.pages.${p.key}.title`)}</span>
              <span className="area-card__summary">{t(`staffPayments.pages.${p.key}.summary`)}</span>
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
