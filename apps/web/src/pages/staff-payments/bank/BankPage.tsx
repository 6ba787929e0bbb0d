import { useTranslation } from "react-i18next";
import { useUser } from "../../../auth/useUser";
import { StaffFrame } from "../StaffFrame";
import { CasesSection } from "./CasesSection";
import { ImportSection } from "./ImportSection";
import { PostLineSection } from "./PostLineSection";
import { SuspenseSection } from "./SuspenseSection";

/**
 * Bank transfers for staff: admins post statement lines and import statements; agents and
 * admins match suspense lines to their customers and resolve payment cases.
 */
export function BankPage() {
  const { t } = useTranslation();
  const admin = useUser().role === "admin";
  const sections = admin
    ? ([
        ["post-line", "post"],
        ["import", "import"],
        ["suspense", "suspense"],
        ["cases", "cases"],
      ] as const)
    : ([
        ["suspense", "suspense"],
        ["cases", "cases"],
      ] as const);
  return (
    <StaffFrame page="bank">
      <nav className="chip-nav staff-sections" aria-label={t("staffPayments.bank.sections")}>
        <ul>
          {sections.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`staffPayments.bank.nav.${key}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="stack stack--sections">
        {admin && <PostLineSection />}
        {admin && <ImportSection />}
        <SuspenseSection />
        <CasesSection />
      </div>
    </StaffFrame>
  );
}
