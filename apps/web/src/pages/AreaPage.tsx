import { useTranslation } from "react-i18next";
import { EmptyState } from "../components/EmptyState";
import type { IconName } from "../components/Icon";
import { PageHeader } from "../components/PageHeader";
import { useDocumentTitle } from "../lib/hooks";

export type Area = "app" | "agent" | "admin";

const ICONS: Record<Area, IconName> = { app: "wallet", agent: "headset", admin: "shield" };

/** The frame of a signed-in area (customer, agent, admin). Sign-in arrives with accounts. */
export function AreaPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const title = t(`areas.${area}.title`);
  useDocumentTitle(title);
  return (
    <div className="container page">
      <PageHeader icon={ICONS[area]} title={title} description={t(`areas.${area}.description`)} />
      <EmptyState icon="lock" title={t("areas.signInTitle")}>
        <p>{t("areas.signInBody")}</p>
      </EmptyState>
    </div>
  );
}
