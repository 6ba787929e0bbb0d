import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Bilingual } from "../../../api/deskAdmin";
import {
  type ComponentKey,
  declareIncident,
  INCIDENT_IMPACTS,
  INCIDENT_STATUSES,
  type IncidentImpact,
  type IncidentInput,
  SET_STATES,
  type SetState,
  type StaffComponent,
  type StaffIncident,
} from "../../../api/staff-status";
import { SelectField, SubmitButton } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { serverFieldError } from "../../staff-payments/format";
import { BilingualFields } from "../BilingualFields";
import { ComponentPicker } from "../ComponentPicker";
import { staffStatusKeys } from "../queries";
import { SameTextToggle } from "../SameTextToggle";
import { defaultComponentState, EMPTY_TEXT, MESSAGE_MAX, TITLE_MAX, textInput, textProblems } from "../text";

const OPEN_STATUSES = INCIDENT_STATUSES.filter((s): s is IncidentInput["status"] => s !== "resolved");

/**
 * Declares an incident: what is affected, how badly, and the first message in both languages.
 * The state it gives its components follows the impact until staff choose another.
 */
export function IncidentForm({
  components,
  onCancel,
  onDeclared,
}: {
  components: StaffComponent[];
  onCancel: () => void;
  onDeclared: (incident: StaffIncident) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<ComponentKey[]>([]);
  const [impact, setImpact] = useState<IncidentImpact>("minor");
  const [chosenState, setChosenState] = useState<SetState | null>(null);
  const [status, setStatus] = useState<IncidentInput["status"]>("investigating");
  const [same, setSame] = useState(false);
  const [title, setTitle] = useState<Bilingual>(EMPTY_TEXT);
  const [message, setMessage] = useState<Bilingual>(EMPTY_TEXT);
  const [tried, setTried] = useState(false);
  const componentState = chosenState ?? defaultComponentState(impact);

  const declare = useMutation({
    mutationFn: declareIncident,
    onSuccess: (incident) => {
      void queryClient.invalidateQueries({ queryKey: staffStatusKeys.status });
      onDeclared(incident);
    },
  });

  const problems = {
    components: picked.length === 0,
    title: textProblems(title, same, true),
    message: textProblems(message, same, true),
  };
  const valid =
    !problems.components &&
    Object.keys(problems.title).length === 0 &&
    Object.keys(problems.message).length === 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const titleInput = textInput(title, same);
    const messageInput = textInput(message, same);
    if (!valid || !titleInput || !messageInput) return;
    declare.mutate({
      components: picked,
      impact,
      componentState,
      status,
      title: titleInput,
      message: messageInput,
    });
  };
  const server = (field: string) => serverFieldError(declare.error, field);

  return (
    <form className="card status-form stack" onSubmit={submit} noValidate data-testid="incident-form">
      <h3>{t("staffStatus.incidents.formTitle")}</h3>
      <ComponentPicker
        components={components}
        value={picked}
        onChange={setPicked}
        error={tried && problems.components ? t("staffStatus.form.pickComponents") : server("components")}
        testId="incident-components"
      />
      <div className="form--grid status-form__row">
        <SelectField
          label={t("staffStatus.incidents.impact")}
          value={impact}
          onChange={(e) => setImpact(INCIDENT_IMPACTS.find((i) => i === e.target.value) ?? "minor")}
          testId="incident-impact"
        >
          {INCIDENT_IMPACTS.map((i) => (
            <option key={i} value={i}>
              {t(`staffStatus.impacts.${i}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("staffStatus.incidents.componentState")}
          hint={
            chosenState === null
              ? t("staffStatus.incidents.followsImpact")
              : t("staffStatus.incidents.chosenState")
          }
          value={componentState}
          onChange={(e) => setChosenState(SET_STATES.find((s) => s === e.target.value) ?? null)}
          testId="incident-component-state"
        >
          {SET_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`staffStatus.states.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("staffStatus.incidents.status")}
          value={status}
          onChange={(e) => setStatus(OPEN_STATUSES.find((s) => s === e.target.value) ?? "investigating")}
          testId="incident-status"
        >
          {OPEN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`staffStatus.incidentStatuses.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <SameTextToggle same={same} onChange={setSame} testId="incident-same" />
      <BilingualFields
        label={t("staffStatus.incidents.titleField")}
        value={title}
        onChange={setTitle}
        same={same}
        maxLength={TITLE_MAX}
        problems={tried ? problems.title : null}
        serverError={(lang) => server(same ? "title" : `title/${lang}`)}
        testId="incident-title"
      />
      <BilingualFields
        label={t("staffStatus.incidents.message")}
        value={message}
        onChange={setMessage}
        same={same}
        multiline
        maxLength={MESSAGE_MAX}
        problems={tried ? problems.message : null}
        serverError={(lang) => server(same ? "message" : `message/${lang}`)}
        testId="incident-message"
      />
      <ProblemAlert error={declare.error} />
      <div className="button-row">
        <SubmitButton pending={declare.isPending} pendingLabel={t("common.saving")} testId="incident-submit">
          {t("staffStatus.incidents.declareSubmit")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
