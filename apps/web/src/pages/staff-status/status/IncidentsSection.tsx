import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StaffComponent, StaffIncident } from "../../../api/staff-status";
import { Alert } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { Section } from "../../../components/Section";
import { Empty } from "../../staff-payments/Feedback";
import { localized } from "../badges";
import { IncidentCard } from "./IncidentCard";
import { IncidentForm } from "./IncidentForm";

/** Open incidents, drafts from automatic signals first (they wait for someone to publish them), and declaring a new one. */
export function IncidentsSection({
  incidents,
  components,
}: {
  incidents: StaffIncident[];
  components: StaffComponent[];
}) {
  const { t } = useTranslation();
  const [declaring, setDeclaring] = useState(false);
  const [declared, setDeclared] = useState<string | null>(null);
  const sorted = [...incidents].sort((a, b) => Number(b.draft) - Number(a.draft));

  return (
    <Section
      id="incidents"
      icon="alert"
      title={t("staffStatus.incidents.title")}
      description={t("staffStatus.incidents.lead")}
      status={
        declaring ? null : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setDeclared(null);
              setDeclaring(true);
            }}
            data-testid="incident-declare"
          >
            <Icon name="plus" size={18} />
            {t("staffStatus.incidents.declare")}
          </button>
        )
      }
    >
      <div className="stack">
        {declared && (
          <Alert tone="ok" testId="incident-declared">
            {t("staffStatus.incidents.declared", { title: declared })}
          </Alert>
        )}
        {declaring && (
          <IncidentForm
            components={components}
            onCancel={() => setDeclaring(false)}
            onDeclared={(incident) => {
              setDeclaring(false);
              setDeclared(localized(incident.title));
            }}
          />
        )}
        {sorted.length === 0 ? (
          <Empty icon="check" testId="incidents-empty">
            {t("staffStatus.incidents.empty")}
          </Empty>
        ) : (
          <ul className="staff-list" data-testid="open-incidents">
            {sorted.map((incident) => (
              <IncidentCard key={incident.id} incident={incident} components={components} />
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
