import { useTranslation } from "react-i18next";
import { AreaCard } from "../../components/AreaCard";
import { HELP_STAFF_PAGES, isHelpStaff } from "./helpPages";

/** Cards to the help center's staff pages, for a staff area's grid of shortcuts (agents and admins only). */
export function StaffHelpLinks({ userRole }: { userRole: string }) {
  const { t } = useTranslation();
  if (!isHelpStaff(userRole)) return null;
  return (
    <>
      {HELP_STAFF_PAGES.map((p) => (
        <AreaCard
          key={p.key}
          to={p.to}
          icon={p.icon}
          title={t(`staffHelp.pages.${p.key}.title`)}
          summary={t(`staffHelp.pages.${p.key}.summary`)}
          testId={`staff-help-link-${p.key}`}
        />
      ))}
    </>
  );
}
