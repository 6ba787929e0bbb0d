import { useTranslation } from "react-i18next";
import { AreaCard } from "../../components/AreaCard";

/** The dashboard's shortcut to the customer's tickets (an item of its shortcut list). */
export function SupportShortcut() {
  const { t } = useTranslation();
  return (
    <AreaCard
      to="/support/tickets"
      icon="headset"
      title={t("support.nav.shortcutTitle")}
      summary={t("support.nav.shortcutSummary")}
      testId="shortcut-support"
    />
  );
}
