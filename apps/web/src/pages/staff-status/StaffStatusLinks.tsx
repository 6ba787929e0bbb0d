import { useTranslation } from "react-i18next";
import { AreaCard } from "../../components/AreaCard";
import { staffStatusPagesFor } from "./staffStatusPages";

/** Cards to the status and message pages this person may open, for the admin area's grid. */
export function StaffStatusLinks({ userRole }: { userRole: string }) {
  const { t } = useTranslation();
  return (
    <>
      {staffStatusPagesFor(userRole).map((p) => (
        <AreaCard
          key={p.key}
          to={p.to}
          icon={p.icon}
          title={t(`staffStatus.pages.${p.key}.title`)}
          summary={t(`staffStatus.pages.${p.key}.summary`)}
          testId={`staff-status-link-${p.key}`}
        />
      ))}
    </>
  );
}
