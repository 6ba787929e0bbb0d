import { useTranslation } from "react-i18next";
import { DeskAdminFrame } from "../DeskAdminFrame";
import { CalendarSection } from "./CalendarSection";
import { GroupsSection } from "./GroupsSection";
import { HolidaysSection } from "./HolidaysSection";
import { PoliciesSection } from "./PoliciesSection";

const SECTIONS = ["policies", "calendar", "holidays", "groups"] as const;

/** Response targets per priority, the opening hours and holidays they count in, and the groups tickets go to. */
export function SlaPage() {
  const { t } = useTranslation();
  return (
    <DeskAdminFrame page="sla">
      <nav className="desk-admin__toc" aria-label={t("deskAdmin.sla.toc")}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`#sla-${s}`}>{t(`deskAdmin.sla.sections.${s}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="stack stack--sections">
        <PoliciesSection />
        <CalendarSection />
        <HolidaysSection />
        <GroupsSection />
      </div>
    </DeskAdminFrame>
  );
}
