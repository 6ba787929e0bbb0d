import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  cancelMaintenance,
  endMaintenance,
  type StaffComponent,
  type StaffMaintenance,
} from "../../../api/staff-status";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { currentLanguage } from "../../../i18n";
import { Empty } from "../../staff-payments/Feedback";
import { dateTime } from "../../staff-payments/format";
import { componentNamer, MaintenanceStateBadge } from "../badges";
import { staffStatusKeys } from "../queries";
import { actorName } from "../text";
import { MaintenanceForm } from "./MaintenanceForm";

type Action = { id: string; kind: "cancel" | "end" };

/**
 * The windows, under way first, then those to come, then the finished ones. One still to come can
 * be changed (the schedule form, filled in); one that is not over can be canceled; one under way
 * can also be ended now (the work finished early).
 */
export function MaintenanceList({
  maintenances,
  components,
  canEdit,
  onEditing,
  onEdited,
}: {
  maintenances: StaffMaintenance[];
  components: StaffComponent[];
  canEdit: boolean;
  onEditing: () => void;
  onEdited: (maintenance: StaffMaintenance) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lang = currentLanguage();
  const other = lang === "en" ? "zh-CN" : "en";
  const name = componentNamer(components);
  const [action, setAction] = useState<Action | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (a: Action) => (a.kind === "cancel" ? cancelMaintenance(a.id) : endMaintenance(a.id)),
    onSuccess: () => {
      setAction(null);
      void queryClient.invalidateQueries({ queryKey: staffStatusKeys.status });
    },
  });
  const order: readonly string[] = ["in_progress", "scheduled", "completed", "canceled"];
  const sorted = [...maintenances].sort(
    (a, b) => order.indexOf(a.state) - order.indexOf(b.state) || a.startsAt.localeCompare(b.startsAt),
  );
  if (sorted.length === 0) {
    return (
      <Empty icon="clock" testId="maintenance-empty">
        {t("staffStatus.maintenance.empty")}
      </Empty>
    );
  }
  const open = (a: Action) => {
    act.reset();
    setEditing(null);
    setAction(a);
  };
  const edit = (maintenanceId: string) => {
    setAction(null);
    onEditing();
    setEditing(maintenanceId);
  };

  return (
    <ul className="staff-list" data-testid="maintenance-list">
      {sorted.map((m) => (
        <li key={m.id} className="staff-item maintenance-item" data-maintenance={m.id} data-state={m.state}>
          <div className="staff-item__head">
            <div className="incident-card__title">
              <strong>{m.title[lang] || m.title.en}</strong>
              {m.title[other] !== m.title[lang] && (
                <span className="small muted" lang={other}>
                  {m.title[other]}
                </span>
              )}
            </div>
            <MaintenanceStateBadge state={m.state} />
          </div>
          {(m.description[lang] || m.description.en) && (
            <p className="small">{m.description[lang] || m.description.en}</p>
          )}
          <dl className="staff-facts">
            <div className="maintenance-item__window">
              <dt>{t("staffStatus.maintenance.window")}</dt>
              <dd>
                {t("staffStatus.maintenance.range", { start: dateTime(m.startsAt), end: dateTime(m.endsAt) })}
              </dd>
            </div>
            <div>
              <dt>{t("staffStatus.incidents.components")}</dt>
              <dd>
                {m.components.map(name).join(t("staffStatus.listSeparator")) || "—"}
                {m.methodIds.length > 0 && (
                  <span className="small muted">
                    {" "}
                    {t("staffStatus.maintenance.methods", { methods: m.methodIds.join(", ") })}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t("staffStatus.maintenance.announced")}</dt>
              <dd>
                {m.announcedAt ? dateTime(m.announcedAt) : t("staffStatus.maintenance.notAnnounced")}
                {m.announceSocial && (
                  <span className="small muted"> {t("staffStatus.maintenance.withSocial")}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t("staffStatus.maintenance.scheduledBy")}</dt>
              <dd data-testid="maintenance-scheduled-by">{actorName(m) ?? "—"}</dd>
            </div>
            {m.canceledAt && (
              <div>
                <dt>{t("staffStatus.maintenance.canceledAt")}</dt>
                <dd>{dateTime(m.canceledAt)}</dd>
              </div>
            )}
          </dl>
          {editing === m.id && (
            <MaintenanceForm
              components={components}
              editing={m}
              onCancel={() => setEditing(null)}
              onSaved={(saved) => {
                setEditing(null);
                onEdited(saved);
              }}
            />
          )}
          {canEdit &&
            (m.state === "scheduled" || m.state === "in_progress") &&
            action?.id !== m.id &&
            editing !== m.id && (
              <div className="button-row">
                {m.state === "scheduled" && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => edit(m.id)}
                    data-testid="maintenance-edit"
                  >
                    {t("staffStatus.maintenance.edit")}
                  </button>
                )}
                {m.state === "in_progress" && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => open({ id: m.id, kind: "end" })}
                    data-testid="maintenance-end-now"
                  >
                    {t("staffStatus.maintenance.endNow")}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small button--danger"
                  onClick={() => open({ id: m.id, kind: "cancel" })}
                  data-testid="maintenance-cancel"
                >
                  {t("staffStatus.maintenance.cancel")}
                </button>
              </div>
            )}
          {action?.id === m.id && (
            <ConfirmBox
              tone={action.kind === "cancel" ? "danger" : "warning"}
              text={t(
                action.kind === "cancel"
                  ? "staffStatus.maintenance.cancelConfirm"
                  : "staffStatus.maintenance.endConfirm",
              )}
              confirmLabel={t(
                action.kind === "cancel"
                  ? "staffStatus.maintenance.cancelYes"
                  : "staffStatus.maintenance.endYes",
              )}
              pending={act.isPending}
              error={act.error}
              onConfirm={() => act.mutate(action)}
              onCancel={() => setAction(null)}
              testId={`maintenance-${action.kind}-confirm`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
