import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { roleAllows } from "../../auth/RequireRole";
import { Icon } from "../../components/Icon";

/** A card to the agent console, for a staff area's grid of shortcuts (everyone who works tickets). */
export function ConsoleLink({ userRole }: { userRole: string }) {
  const { t } = useTranslation();
  if (!roleAllows(userRole, "support")) return null;
  return (
    <li>
      <Link to="/agent" className="card area-card" data-testid="agent-console-link">
        <span className="area-card__icon">
          <Icon name="headset" />
        </span>
        <span className="area-card__body">
          <span className="area-card__title">{t("console.link.title")}</span>
          <span className="area-card__summary">{t("console.link.summary")}</span>
        </span>
        <span className="area-card__go" aria-hidden="true">
          <Icon name="arrow" size={20} />
        </span>
      </Link>
    </li>
  );
}
