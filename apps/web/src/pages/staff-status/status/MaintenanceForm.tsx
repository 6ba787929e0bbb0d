import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import type { Bilingual } from "../../../api/deskAdmin";
import {
  type ComponentKey,
  type MaintenanceInput,
  type StaffComponent,
  type StaffMaintenance,
  scheduleMaintenance,
} from "../../../api/staff-status";
import { SubmitButton, TextField } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { serverFieldError } from "../../staff-payments/format";
import { BilingualFields } from "../BilingualFields";
import { ComponentPicker } from "../ComponentPicker";
import { staffStatusKeys } from "../queries";
import { SameTextToggle } from "../SameTextToggle";
import { EMPTY_TEXT, MESSAGE_MAX, TITLE_MAX, textInput, textProblems } from "../text";
import {
  fromLocalInput,
  suggestedWindow,
  utcText,
  type WindowProblem,
  windowProblems,
  zoneLabel,
} from "../window";

/**
 * Schedules a maintenance window: components, start and end typed in the admin's own time zone
 * (named beside the inputs, with the UTC time the server gets), title and description in both
 * languages, and whether to announce it on the social accounts too.
 */
export function MaintenanceForm({
  components,
  onCancel,
  onScheduled,
}: {
  components: StaffComponent[];
  onCancel: () => void;
  onScheduled: (maintenance: StaffMaintenance) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<ComponentKey[]>([]);
  const [start, setStart] = useState(() => suggestedWindow(Date.now()).start);
  const [end, setEnd] = useState(() => suggestedWindow(Date.now()).end);
  const [same, setSame] = useState(false);
  const [title, setTitle] = useState<Bilingual>(EMPTY_TEXT);
  const [description, setDescription] = useState<Bilingual>(EMPTY_TEXT);
  const [announceSocial, setAnnounceSocial] = useState(false);
  const [tried, setTried] = useState(false);

  const schedule = useMutation({
    mutationFn: (input: MaintenanceInput) => scheduleMaintenance(input),
    onSuccess: (maintenance) => {
      void queryClient.invalidateQueries({ queryKey: staffStatusKeys.status });
      onScheduled(maintenance);
    },
  });

  const startsAt = fromLocalInput(start);
  const endsAt = fromLocalInput(end);
  // Checked against the time of the attempt: a window whose end has passed is refused by the server too.
  const times = windowProblems(startsAt, endsAt, Date.now());
  const problems = {
    components: picked.length === 0,
    title: textProblems(title, same, true),
    description: textProblems(description, same, false),
  };
  const valid =
    !problems.components &&
    !times.start &&
    !times.end &&
    Object.keys(problems.title).length === 0 &&
    Object.keys(problems.description).length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const titleInput = textInput(title, same);
    const descriptionInput = textInput(description, same);
    if (!valid || !startsAt || !endsAt || !titleInput) return;
    schedule.mutate({
      components: picked,
      startsAt,
      endsAt,
      title: titleInput,
      ...(descriptionInput ? { description: descriptionInput } : {}),
      announceSocial,
    });
  };
  const server = (field: string) => serverFieldError(schedule.error, field);
  const zone = zoneLabel(new Date(startsAt ?? Date.now()));
  // The server's words for a refused window are English only; its code says enough to use ours.
  const timeError = (problem: WindowProblem | undefined, field: "startsAt" | "endsAt") => {
    if (tried && problem) return t(`staffStatus.maintenance.problems.${problem}`);
    const refused = server(field);
    return refused &&
      schedule.error instanceof ApiError &&
      schedule.error.code === "maintenance_window_invalid"
      ? t("staffStatus.maintenance.windowInvalid")
      : refused;
  };

  return (
    <form className="card status-form stack" onSubmit={submit} noValidate data-testid="maintenance-form">
      <h3>{t("staffStatus.maintenance.formTitle")}</h3>
      <ComponentPicker
        components={components}
        value={picked}
        onChange={setPicked}
        error={tried && problems.components ? t("staffStatus.form.pickComponents") : server("components")}
        testId="maintenance-components"
      />
      <div className="form--grid status-form__row">
        <TextField
          type="datetime-local"
          label={t("staffStatus.maintenance.start")}
          value={start}
          onChange={(e) => setStart(e.target.value)}
          hint={startsAt ? utcText(startsAt) : zone}
          error={timeError(times.start, "startsAt")}
          testId="maintenance-start"
        />
        <TextField
          type="datetime-local"
          label={t("staffStatus.maintenance.end")}
          value={end}
          min={start || undefined}
          onChange={(e) => setEnd(e.target.value)}
          hint={endsAt ? utcText(endsAt) : zone}
          error={timeError(times.end, "endsAt")}
          testId="maintenance-end"
        />
      </div>
      <p className="small muted" data-testid="maintenance-zone">
        {t("staffStatus.maintenance.zone", { zone })}
      </p>
      <SameTextToggle same={same} onChange={setSame} testId="maintenance-same" />
      <BilingualFields
        label={t("staffStatus.maintenance.titleField")}
        value={title}
        onChange={setTitle}
        same={same}
        maxLength={TITLE_MAX}
        problems={tried ? problems.title : null}
        serverError={(lang) => server(same ? "title" : `title/${lang}`)}
        testId="maintenance-title"
      />
      <BilingualFields
        label={t("staffStatus.maintenance.description")}
        value={description}
        onChange={setDescription}
        same={same}
        multiline
        optional
        maxLength={MESSAGE_MAX}
        problems={tried ? problems.description : null}
        serverError={(lang) => server(same ? "description" : `description/${lang}`)}
        testId="maintenance-description"
      />
      <label className="status-check">
        <input
          type="checkbox"
          checked={announceSocial}
          onChange={(e) => setAnnounceSocial(e.target.checked)}
          data-testid="maintenance-social"
        />
        <span>
          {t("staffStatus.maintenance.announceSocial")}
          <span className="small muted"> {t("staffStatus.maintenance.announceHint")}</span>
        </span>
      </label>
      <ProblemAlert error={schedule.error} />
      <div className="button-row">
        <SubmitButton
          pending={schedule.isPending}
          pendingLabel={t("common.saving")}
          testId="maintenance-submit"
        >
          {t("staffStatus.maintenance.scheduleSubmit")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
