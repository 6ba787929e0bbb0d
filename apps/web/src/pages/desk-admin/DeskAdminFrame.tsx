import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useUser } from "../../auth/useUser";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import "../../styles/staff-payments.css";
import "../../styles/staff-help.css";
import "./desk-admin.css";
import { DESK_ADMIN_PAGES, type DeskAdminPageKey, deskAdminPagesFor } from "./deskAdminPages";

/** A support desk settings page: its title and lead, links to the other pages this person may open, its content. */
export function DeskAdminFrame({
  page,
  actions,
  children,
}: {
  page: DeskAdminPageKey;
  /** Buttons beside the title ("New macro", "Invite"). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const current = DESK_ADMIN_PAGES.find((p) => p.key === page);
  const title = t(`deskAdmin.pages.${page}.title`);
  useDocumentTitle(title);
  const pages = deskAdminPagesFor(user.role);
  return (
    <div className="container page staff-payments desk-admin" data-testid={`desk-admin-${page}-page`}>
      <div className="desk-admin__head">
        <PageHeader
          icon={current?.icon ?? "headset"}
          title={title}
          description={t(`deskAdmin.pages.${page}.lead`)}
        />
        {actions && <div className="desk-admin__actions">{actions}</div>}
      </div>
      {pages.length > 1 && (
        <nav className="chip-nav desk-admin__nav" aria-label={t("deskAdmin.nav")}>
          <ul>
            {pages.map((p) => (
              <li key={p.key}>
                <Link
                  to={p.to}
                  className={p.key === page ? "active" : undefined}
                  aria-current={p.key === page ? "page" : undefined}
                >
                  {t(`deskAdmin.pages.${p.key}.short`)}
                </Link>
              </li>
            ))}
            <li>
              <Link to="/agent">{t("deskAdmin.console")}</Link>
            </li>
          </ul>
        </nav>
      )}
      {children}
    </div>
  );
}
