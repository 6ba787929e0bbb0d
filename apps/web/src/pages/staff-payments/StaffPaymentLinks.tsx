import { useTranslation } from "react-i18next";
import { AreaCard } from "../../components/AreaCard";
import { staffPagesFor } from "./staffPages";

/** Cards to the staff payment pages this person may open, for a staff area's grid of shortcuts. */
export function StaffPaymentLinks({ userRole, area }: { userRole: string; area: "agent" | "admin" }) {
  const { t } = useTranslation();
  return (
    <>
      {staffPagesFor(userRole, area).map((p) => (
        <AreaCard
          key={p.key}
          to={p.to}
          icon={p.icon}
          title={t(`staffPayments.pages.${p.key}.title`)}
          summary={t(`staffPayments.pages.${p.key}.summary`)}
          testId={`staff-link-${p.key}`}
        />
      ))}
    </>
  );
}
