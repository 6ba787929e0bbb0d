import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useUser } from "../../auth/useUser";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import "../../styles/staff-payments.css";
import "./staff-status.css";
import { STAFF_STATUS_PAGES, type StaffStatusPageKey, staffStatusPagesFor } from "./staffStatusPages";

/** A staff status page: its title and lead, links to the other pages of the kind this person may open, its content. */
export function StaffStatusFrame({
  page,
  actions,
  children,
}: {
  page: StaffStatusPageKey;
  /** Facts or buttons beside the title. */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const current = STAFF_STATUS_PAGES.find((p) => p.key === page);
  const title = t(`staffStatus.pages.${page}.title`);
  useDocumentTitle(title);
  const pages = staffStatusPagesFor(user.role);
  return (
    <div className="container page staff-payments staff-status" data-testid={`staff-status-${page}-page`}>
      <div className="staff-status__head">
        <PageHeader
          icon={current?.icon ?? "pulse"}
          title={title}
          description={t(`staffStatus.pages.${page}.lead`)}
        />
        {actions && <div className="staff-status__actions">{actions}</div>}
      </div>
      {pages.length > 1 && (
        <nav className="chip-nav staff-nav" aria-label={t("staffStatus.nav")}>
          <ul>
            {pages.map((p) => (
              <li key={p.key}>
                <NavLink to={p.to} end>
                  {t(`staffStatus.pages.${p.key}.short`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}
