import { useTranslation } from "react-i18next";
import { roleAllows } from "../../auth/RequireRole";
import { AreaCard } from "../../components/AreaCard";

/** A card to the agent console, for a staff area's grid of shortcuts (everyone who works tickets). */
export function ConsoleLink({ userRole }: { userRole: string }) {
  const { t } = useTranslation();
  if (!roleAllows(userRole, "support")) return null;
  return (
    <AreaCard
      to="/agent"
      icon="headset"
      title={t("console.link.title")}
      summary={t("console.link.summary")}
      testId="agent-console-link"
    />
  );
}
