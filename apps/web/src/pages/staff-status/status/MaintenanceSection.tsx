import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StaffComponent, StaffMaintenance } from "../../../api/staff-status";
import { Alert } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { Section } from "../../../components/Section";
import { localized } from "../badges";
import { MaintenanceForm } from "./MaintenanceForm";
import { MaintenanceList } from "./MaintenanceList";

/**
 * Maintenance windows: the ones to come, under way, and those of the last seven days; admins
 * schedule them, change those still to come, cancel and end them.
 */
export function MaintenanceSection({
  maintenances,
  components,
  canEdit,
}: {
  maintenances: StaffMaintenance[];
  components: StaffComponent[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [scheduling, setScheduling] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Section
      id="maintenance"
      icon="clock"
      title={t("staffStatus.maintenance.title")}
      description={t("staffStatus.maintenance.lead")}
      status={
        canEdit && !scheduling ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setSaved(null);
              setScheduling(true);
            }}
            data-testid="maintenance-new"
          >
            <Icon name="plus" size={18} />
            {t("staffStatus.maintenance.schedule")}
          </button>
        ) : null
      }
    >
      <div className="stack">
        {!canEdit && <p className="small muted">{t("staffStatus.maintenance.adminOnly")}</p>}
        {saved && (
          <Alert tone="ok" testId="maintenance-scheduled">
            {saved}
          </Alert>
        )}
        {scheduling && (
          <MaintenanceForm
            components={components}
            onCancel={() => setScheduling(false)}
            onSaved={(m) => {
              setScheduling(false);
              setSaved(t("staffStatus.maintenance.scheduled", { title: localized(m.title) }));
            }}
          />
        )}
        <MaintenanceList
          maintenances={maintenances}
          components={components}
          canEdit={canEdit}
          onEditing={() => setSaved(null)}
          onEdited={(m) => setSaved(t("staffStatus.maintenance.updated", { title: localized(m.title) }))}
        />
      </div>
    </Section>
  );
}
