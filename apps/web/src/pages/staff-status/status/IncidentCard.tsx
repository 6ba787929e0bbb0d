import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { publishIncident, type StaffComponent, type StaffIncident } from "../../../api/staff-status";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { currentLanguage } from "../../../i18n";
import { dateTime } from "../../staff-payments/format";
import { componentNamer, ImpactBadge, IncidentStatusBadge, StateBadge } from "../badges";
import { staffStatusKeys } from "../queries";
import { actorName } from "../text";
import { IncidentTimeline } from "./IncidentTimeline";
import { UpdateForm } from "./UpdateForm";

/**
 * One incident: title in both languages, impact and status, what it does to which components;
 * a draft from a signal says it is not public and can be published; its timeline and the form for
 * the next update unfold.
 */
export function IncidentCard({
  incident,
  components,
  resolved = false,
}: {
  incident: StaffIncident;
  components: StaffComponent[];
  /** A resolved incident only shows its timeline. */
  resolved?: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const lang = currentLanguage();
  const other = lang === "en" ? "zh-CN" : "en";
  const name = componentNamer(components);
  const [open, setOpen] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const publish = useMutation({
    mutationFn: () => publishIncident(incident.id),
    onSuccess: () => {
      setPublishing(false);
      void queryClient.invalidateQueries({ queryKey: staffStatusKeys.status });
    },
  });

  return (
    <li
      className={`staff-item incident-card${incident.draft ? " incident-card--draft" : ""}`}
      data-incident={incident.id}
    >
      <div className="staff-item__head">
        <div className="incident-card__title">
          <strong>{incident.title[lang] || incident.title.en}</strong>
          {incident.title[other] !== incident.title[lang] && (
            <span className="small muted" lang={other}>
              {incident.title[other]}
            </span>
          )}
        </div>
        <span className="incident-card__badges">
          {incident.draft && (
            <span className="badge badge--warning" data-testid="incident-draft">
              {t("staffStatus.incidents.draft")}
            </span>
          )}
          <ImpactBadge impact={incident.impact} />
          <IncidentStatusBadge status={incident.status} />
        </span>
      </div>
      {incident.draft && incident.source === "signal" && (
        <p className="small muted">{t("staffStatus.incidents.fromSignal")}</p>
      )}
      <dl className="staff-facts">
        <div>
          <dt>{t("staffStatus.incidents.components")}</dt>
          <dd>{incident.components.map(name).join(t("staffStatus.listSeparator")) || "—"}</dd>
        </div>
        <div>
          <dt>{t("staffStatus.incidents.componentState")}</dt>
          <dd>
            <StateBadge state={incident.componentState} />
          </dd>
        </div>
        <div>
          <dt>{t("staffStatus.incidents.opened")}</dt>
          <dd>{dateTime(incident.createdAt)}</dd>
        </div>
        <div>
          <dt>{t("staffStatus.incidents.openedBy")}</dt>
          <dd data-testid="incident-opened-by">
            {actorName(incident) ??
              (incident.source === "signal" ? t("staffStatus.incidents.bySignal") : "—")}
          </dd>
        </div>
        <div>
          <dt>{resolved ? t("staffStatus.incidents.resolvedAt") : t("staffStatus.incidents.updated")}</dt>
          <dd>{dateTime(resolved ? incident.resolvedAt : incident.updatedAt)}</dd>
        </div>
      </dl>
      <div className="button-row">
        {incident.draft && !resolved && !publishing && (
          <button
            type="button"
            className="button button--primary button--small"
            onClick={() => {
              publish.reset();
              setPublishing(true);
            }}
            data-testid="incident-publish"
          >
            {t("staffStatus.incidents.publish")}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid="incident-toggle"
        >
          {open
            ? t("staffStatus.incidents.hide")
            : resolved
              ? t("staffStatus.incidents.showTimeline")
              : t("staffStatus.incidents.showUpdate")}
        </button>
      </div>
      {publishing && (
        <ConfirmBox
          tone="warning"
          text={t("staffStatus.incidents.publishConfirm")}
          confirmLabel={t("staffStatus.incidents.publishYes")}
          pending={publish.isPending}
          error={publish.error}
          onConfirm={() => publish.mutate()}
          onCancel={() => setPublishing(false)}
          testId="incident-publish-confirm"
        />
      )}
      {open && (
        <div className="incident-card__panel">
          {!resolved && <UpdateForm incident={incident} />}
          <IncidentTimeline updates={incident.updates} />
        </div>
      )}
    </li>
  );
}
