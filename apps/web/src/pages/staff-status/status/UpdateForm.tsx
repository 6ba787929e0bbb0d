import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Bilingual } from "../../../api/deskAdmin";
import {
  INCIDENT_STATUSES,
  type IncidentStatus,
  postIncidentUpdate,
  SET_STATES,
  type SetState,
  type StaffIncident,
} from "../../../api/staff-status";
import { Alert, SelectField, SubmitButton } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { serverFieldError } from "../../staff-payments/format";
import { BilingualFields } from "../BilingualFields";
import { staffStatusKeys } from "../queries";
import { SameTextToggle } from "../SameTextToggle";
import { EMPTY_TEXT, MESSAGE_MAX, textInput, textProblems } from "../text";

/**
 * The next update of an incident: its status, a message in both languages, optionally another
 * state for its components. Posting with the status "resolved" resolves it.
 */
export function UpdateForm({ incident }: { incident: StaffIncident }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<IncidentStatus>(incident.status);
  const [componentState, setComponentState] = useState<SetState | "">("");
  const [same, setSame] = useState(false);
  const [message, setMessage] = useState<Bilingual>(EMPTY_TEXT);
  const [tried, setTried] = useState(false);
  const [posted, setPosted] = useState(false);
  const post = useMutation({
    mutationFn: (input: Parameters<typeof postIncidentUpdate>[1]) => postIncidentUpdate(incident.id, input),
    onSuccess: () => {
      setMessage(EMPTY_TEXT);
      setComponentState("");
      setTried(false);
      setPosted(true);
      void queryClient.invalidateQueries({ queryKey: staffStatusKeys.status });
    },
  });
  const problems = textProblems(message, same, true);
  const resolving = status === "resolved";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setPosted(false);
    const text = textInput(message, same);
    if (Object.keys(problems).length > 0 || !text) return;
    post.mutate({ status, message: text, ...(componentState && !resolving ? { componentState } : {}) });
  };
  return (
    <form className="status-form stack" onSubmit={submit} noValidate data-testid="incident-update-form">
      <h4>{t("staffStatus.update.title")}</h4>
      <div className="form--grid status-form__row">
        <SelectField
          label={t("staffStatus.incidents.status")}
          value={status}
          onChange={(e) => setStatus(INCIDENT_STATUSES.find((s) => s === e.target.value) ?? incident.status)}
          testId="update-status"
        >
          {INCIDENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`staffStatus.incidentStatuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("staffStatus.incidents.componentState")}
          value={componentState}
          disabled={resolving}
          hint={resolving ? t("staffStatus.update.resolvedState") : undefined}
          onChange={(e) => setComponentState(SET_STATES.find((s) => s === e.target.value) ?? "")}
          testId="update-component-state"
        >
          <option value="">
            {t("staffStatus.update.keepState", { state: t(`staffStatus.states.${incident.componentState}`) })}
          </option>
          {SET_STATES.map((s) => (
            <option key={s} value={s}>
              {t(`staffStatus.states.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <SameTextToggle same={same} onChange={setSame} testId="update-same" />
      <BilingualFields
        label={t("staffStatus.incidents.message")}
        value={message}
        onChange={setMessage}
        same={same}
        multiline
        maxLength={MESSAGE_MAX}
        problems={tried ? problems : null}
        serverError={(lang) => serverFieldError(post.error, same ? "message" : `message/${lang}`)}
        testId="update-message"
      />
      {posted && (
        <Alert tone="ok" testId="update-posted">
          {t("staffStatus.update.posted")}
        </Alert>
      )}
      <ProblemAlert error={post.error} />
      <div className="button-row">
        <SubmitButton pending={post.isPending} pendingLabel={t("common.saving")} testId="update-submit">
          {resolving ? t("staffStatus.update.resolve") : t("staffStatus.update.post")}
        </SubmitButton>
        {!resolving && (
          <button
            type="button"
            className="button"
            onClick={() => setStatus("resolved")}
            data-testid="update-resolve"
          >
            {t("staffStatus.update.markResolved")}
          </button>
        )}
      </div>
    </form>
  );
}
