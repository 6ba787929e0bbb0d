import { useTranslation } from "react-i18next";
import { useMe } from "../auth/hooks";
import { roleAllows } from "../auth/RequireRole";
import { AreaCard } from "../components/AreaCard";
import { EmptyState } from "../components/EmptyState";
import type { IconName } from "../components/Icon";
import { PageHeader } from "../components/PageHeader";
import { useDocumentTitle } from "../lib/hooks";
import { ConsoleLink } from "./console/ConsoleLink";
import { DeskAdminLinks } from "./desk-admin/DeskAdminLinks";
import { StaffHelpLinks } from "./staff-help/StaffHelpLinks";
import { StaffPaymentLinks } from "./staff-payments/StaffPaymentLinks";
import { staffPagesFor } from "./staff-payments/staffPages";
import { StaffStatusLinks } from "./staff-status/StaffStatusLinks";

export type Area = "app" | "agent" | "admin";

const ICONS: Record<Area, IconName> = { app: "wallet", agent: "headset", admin: "shield" };

/** The frame of a signed-in area (customer, agent, admin). Sign-in arrives with accounts. */
export function AreaPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  const title = t(`areas.${area}.title`);
  useDocumentTitle(title);
  const me = useMe();
  if (area === "admin" && me.user?.role === "admin") {
    return (
      <div className="container page">
        <PageHeader icon={ICONS[area]} title={title} description={t(`areas.${area}.description`)} />
        <ul className="area-grid shortcuts">
          <ConsoleLink userRole="admin" />
          <AreaCard
            to="/admin/ledger"
            icon="scale"
            title={t("areas.ledgerLink.title")}
            summary={t("areas.ledgerLink.summary")}
            testId="admin-ledger-link"
          />
          <StaffPaymentLinks userRole="admin" area="admin" />
          <StaffHelpLinks userRole="admin" />
          <DeskAdminLinks userRole="admin" />
          <StaffStatusLinks userRole="admin" />
        </ul>
      </div>
    );
  }
  // Agents (bank suspense, payment cases) and compliance officers (review queues) see the payment pages they work.
  const role = me.user?.role;
  if (role && area !== "app" && (staffPagesFor(role, area).length > 0 || roleAllows(role, "support"))) {
    return (
      <div className="container page">
        <PageHeader icon={ICONS[area]} title={title} description={t(`areas.${area}.description`)} />
        <ul className="area-grid shortcuts">
          <ConsoleLink userRole={role} />
          <StaffPaymentLinks userRole={role} area={area} />
          {area === "agent" && <StaffHelpLinks userRole={role} />}
          {area === "admin" && <DeskAdminLinks userRole={role} />}
          {area === "admin" && <StaffStatusLinks userRole={role} />}
        </ul>
      </div>
    );
  }
  return (
    <div className="container page">
      <PageHeader icon={ICONS[area]} title={title} description={t(`areas.${area}.description`)} />
      <EmptyState icon="lock" title={t("areas.signInTitle")}>
        <p>{t("areas.signInBody")}</p>
      </EmptyState>
    </div>
  );
}
