import { useTranslation } from "react-i18next";
import { AreaCard } from "../../components/AreaCard";
import { deskAdminPagesFor } from "./deskAdminPages";

/** Cards to the support desk's settings pages this person may open, for the admin area's grid. */
export function DeskAdminLinks({ userRole }: { userRole: string }) {
  const { t } = useTranslation();
  return (
    <>
      {deskAdminPagesFor(userRole).map((p) => (
        <AreaCard
          key={p.key}
          to={p.to}
          icon={p.icon}
          title={t(`deskAdmin.pages.${p.key}.title`)}
          summary={t(`deskAdmin.pages.${p.key}.summary`)}
          testId={`desk-admin-link-${p.key}`}
        />
      ))}
    </>
  );
}
