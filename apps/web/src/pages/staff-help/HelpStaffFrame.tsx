import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import "../../styles/staff-payments.css";
import "../../styles/staff-help.css";
import { HELP_STAFF_PAGES, type HelpStaffPageKey } from "./helpPages";

/** A staff help page: its title and lead, the links to the other help pages, its content. */
export function HelpStaffFrame({
  page,
  title,
  lead,
  wide = false,
  children,
}: {
  page: HelpStaffPageKey;
  /** Overrides the page's own title (the editor names its article). */
  title?: string;
  lead?: string;
  /** The editor's side-by-side columns use the whole window. */
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const current = HELP_STAFF_PAGES.find((p) => p.key === page);
  const heading = title ?? t(`staffHelp.pages.${page}.title`);
  useDocumentTitle(heading);
  return (
    <div
      className={`container page staff-payments staff-help${wide ? " staff-help--wide" : ""}`}
      data-testid={`staff-help-${page}-page`}
    >
      <PageHeader
        icon={current?.icon ?? "book"}
        title={heading}
        description={lead ?? t(`staffHelp.pages.${page}.lead`)}
      />
      <nav className="chip-nav help-staff-nav" aria-label={t("staffHelp.nav")}>
        <ul>
          {HELP_STAFF_PAGES.map((p) => (
            <li key={p.key}>
              <Link
                to={p.to}
                className={p.key === page ? "active" : undefined}
                aria-current={p.key === page && !title ? "page" : undefined}
              >
                {t(`staffHelp.pages.${p.key}.short`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </div>
  );
}
