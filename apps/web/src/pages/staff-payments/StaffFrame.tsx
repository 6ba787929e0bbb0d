import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useUser } from "../../auth/useUser";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import "../../styles/staff-payments.css";
import { mayOpen, STAFF_PAGES, type StaffPageKey } from "./staffPages";

/** A staff page: its title, the links to the other staff payment pages this person may open, its content. */
export function StaffFrame({ page, children }: { page: StaffPageKey; children: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const current = STAFF_PAGES.find((p) => p.key === page);
  const title = t(`staffPayments.pages.${page}.title`);
  useDocumentTitle(title);
  const siblings = STAFF_PAGES.filter((p) => mayOpen(user.role, p.role));
  return (
    <div className="container page staff-payments" data-testid={`staff-${page}-page`}>
      <PageHeader
        icon={current?.icon ?? "shield"}
        title={title}
        description={t(`staffPayments.pages.${page}.lead`)}
      />
      {siblings.length > 1 && (
        <nav className="chip-nav staff-nav" aria-label={t("staffPayments.nav")}>
          <ul>
            {siblings.map((p) => (
              <li key={p.key}>
                <NavLink to={p.to} end>
                  {t(`staffPayments.pages.${p.key}.short`)}
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
