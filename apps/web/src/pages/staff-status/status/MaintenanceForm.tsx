import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import {
  type MaintenanceChanges,
  type MaintenanceInput,
  type StaffComponent,
  type StaffMaintenance,
  scheduleMaintenance,
  updateMaintenance,
} from "../../../api/staff-status";
import { Alert, SubmitButton, TextField } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { serverFieldError } from "../../staff-payments/format";
import { BilingualFields } from "../BilingualFields";
import { ComponentPicker } from "../ComponentPicker";
import {
  changesOf,
  draftOf,
  draftProblems,
  keepsDescription,
  type MaintenanceDraft,
  movesWindow,
  newDraft,
  scheduleInput,
} from "../maintenanceDraft";
import { staffStatusKeys } from "../queries";
import { SameTextToggle } from "../SameTextToggle";
import { MESSAGE_MAX, TITLE_MAX } from "../text";
import { fromLocalInput, utcText, type WindowProblem, zoneLabel } from "../window";

type SaveRequest =
  | { kind: "schedule"; input: MaintenanceInput }
  | { kind: "update"; id: string; changes: MaintenanceChanges };

/**
 * Schedules a maintenance window, or changes one that has not started (`editing`): components,
 * start and end typed in the admin's own time zone (named beside the inputs, with the UTC time the
 * server gets), title and description in both languages, and (new windows) whether to announce
 * it on the social accounts too. An edit sends only what changed.
 */
export function MaintenanceForm({
  components,
  editing,
  onCancel,
  onSaved,
}: {
  components: StaffComponent[];
  editing?: StaffMaintenance;
  onCancel: () => void;
  onSaved: (maintenance: StaffMaintenance) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<MaintenanceDraft>(() =>
    editing ? draftOf(editing) : newDraft(Date.now()),
  );
  const [tried, setTried] = useState(false);
  const [unchanged, setUnchanged] = useState(false);
  const change = (patch: Partial<MaintenanceDraft>) => {
    setUnchanged(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const save = useMutation({
    mutationFn: (request: SaveRequest) =>
      request.kind === "update"
        ? updateMaintenance(request.id, request.changes)
        : scheduleMaintenance(request.input),
    onSuccess: (maintenance) => {
      void queryClient.invalidateQueries({ queryKey: staffStatusKeys.status });
      onSaved(maintenance);
    },
  });

  const startsAt = fromLocalInput(draft.start);
  const endsAt = fromLocalInput(draft.end);
  // Checked against the time of the attempt: a window whose end has passed is refused by the server too.
  const now = Date.now();
  const problems = draftProblems(draft, now, editing);
  // What an edit would send, to tell beforehand that moving the window announces it again.
  const changes = editing ? changesOf(draft, editing, now) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const at = Date.now();
    if (editing) {
      const edited = changesOf(draft, editing, at);
      if (!edited) return;
      // Nothing to save: say so rather than send an empty change.
      if (Object.keys(edited).length === 0) return setUnchanged(true);
      save.mutate({ kind: "update", id: editing.id, changes: edited });
      return;
    }
    const input = scheduleInput(draft, at);
    if (input) save.mutate({ kind: "schedule", input });
  };
  const server = (field: string) => serverFieldError(save.error, field);
  const zone = zoneLabel(new Date(startsAt ?? Date.now()));
  // The server's words for a refused window are English only; its code says enough to use ours.
  const timeError = (problem: WindowProblem | undefined, field: "startsAt" | "endsAt") => {
    if (tried && problem) return t(`staffStatus.maintenance.problems.${problem}`);
    const refused = server(field);
    return refused && save.error instanceof ApiError && save.error.code === "maintenance_window_invalid"
      ? t("staffStatus.maintenance.windowInvalid")
      : refused;
  };

  return (
    <form className="card status-form stack" onSubmit={submit} noValidate data-testid="maintenance-form">
      <h3>{t(editing ? "staffStatus.maintenance.editTitle" : "staffStatus.maintenance.formTitle")}</h3>
      <ComponentPicker
        components={components}
        value={draft.components}
        onChange={(picked) => change({ components: picked })}
        error={tried && problems.components ? t("staffStatus.form.pickComponents") : server("components")}
        testId="maintenance-components"
      />
      <div className="form--grid status-form__row">
        <TextField
          type="datetime-local"
          label={t("staffStatus.maintenance.start")}
          value={draft.start}
          onChange={(e) => change({ start: e.target.value })}
          hint={startsAt ? utcText(startsAt) : zone}
          error={timeError(problems.start, "startsAt")}
          testId="maintenance-start"
        />
        <TextField
          type="datetime-local"
          label={t("staffStatus.maintenance.end")}
          value={draft.end}
          min={draft.start || undefined}
          onChange={(e) => change({ end: e.target.value })}
          hint={endsAt ? utcText(endsAt) : zone}
          error={timeError(problems.end, "endsAt")}
          testId="maintenance-end"
        />
      </div>
      <p className="small muted" data-testid="maintenance-zone">
        {t("staffStatus.maintenance.zone", { zone })}
      </p>
      <SameTextToggle same={draft.same} onChange={(same) => change({ same })} testId="maintenance-same" />
      <BilingualFields
        label={t("staffStatus.maintenance.titleField")}
        value={draft.title}
        onChange={(title) => change({ title })}
        same={draft.same}
        maxLength={TITLE_MAX}
        problems={tried ? problems.title : null}
        serverError={(lang) => server(draft.same ? "title" : `title/${lang}`)}
        testId="maintenance-title"
      />
      <BilingualFields
        label={t("staffStatus.maintenance.description")}
        value={draft.description}
        onChange={(description) => change({ description })}
        same={draft.same}
        multiline
        optional={!keepsDescription(editing)}
        maxLength={MESSAGE_MAX}
        problems={tried ? problems.description : null}
        serverError={(lang) => server(draft.same ? "description" : `description/${lang}`)}
        testId="maintenance-description"
      />
      {!editing && (
        <label className="status-check">
          <input
            type="checkbox"
            checked={draft.announceSocial}
            onChange={(e) => change({ announceSocial: e.target.checked })}
            data-testid="maintenance-social"
          />
          <span>
            {t("staffStatus.maintenance.announceSocial")}
            <span className="small muted"> {t("staffStatus.maintenance.announceHint")}</span>
          </span>
        </label>
      )}
      {editing?.state === "scheduled" && changes && movesWindow(changes) && (
        <p className="small muted" data-testid="maintenance-reannounce">
          {t("staffStatus.maintenance.reannounce")}
        </p>
      )}
      {unchanged && (
        <Alert tone="info" testId="maintenance-unchanged">
          {t("staffStatus.maintenance.unchanged")}
        </Alert>
      )}
      <ProblemAlert error={save.error} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="maintenance-submit">
          {t(editing ? "staffStatus.maintenance.saveChanges" : "staffStatus.maintenance.scheduleSubmit")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
