import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type AdminMethod, type MethodSettings, updateMethod } from "../../../api/staffPayments";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Alert, SubmitButton, TextField } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { currentLanguage } from "../../../i18n";
import { dateTime, fromLocalInput, serverFieldError, toLocalInput } from "../format";
import { staffKeys } from "../queries";
import { methodName } from "./MethodTable";
import { StateBadge } from "./StateBadge";

function useMethodPatch(method: AdminMethod, onSaved: (m: AdminMethod) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<MethodSettings>) => updateMethod(method.id, patch),
    onSuccess: (saved) => {
      queryClient.setQueryData<AdminMethod[]>(staffKeys.methods, (old) =>
        old?.map((m) => (m.id === saved.id ? saved : m)),
      );
      void queryClient.invalidateQueries({ queryKey: staffKeys.methods });
      onSaved(saved);
    },
  });
}

/** Pause (no new deposits or withdrawals with the method) or resume, asking first before pausing. */
export function PauseControl({
  method,
  onSaved,
}: {
  method: AdminMethod;
  onSaved: (m: AdminMethod) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const patch = useMethodPatch(method, (m) => {
    setAsking(false);
    onSaved(m);
  });
  const name = methodName(method);
  const paused = method.state === "paused";
  return (
    <div className="method-control" data-testid="pause-control">
      <div className="method-control__text">
        <h3>{t("staffPayments.methods.pause.title")}</h3>
        <p className="muted small">
          {paused ? t("staffPayments.methods.pause.pausedNow") : t("staffPayments.methods.pause.activeNow")}
        </p>
      </div>
      <StateBadge method={method} />
      {!asking && (
        <button
          type="button"
          className={`button button--small${paused ? " button--primary" : ""}`}
          onClick={() => (paused ? patch.mutate({ state: "active" }) : setAsking(true))}
          disabled={patch.isPending}
          data-testid={paused ? "method-resume" : "method-pause"}
        >
          {paused ? t("staffPayments.methods.pause.resume") : t("staffPayments.methods.pause.pause")}
        </button>
      )}
      {asking && (
        <ConfirmBox
          tone="warning"
          text={t("staffPayments.methods.pause.confirm", { name })}
          confirmLabel={t("staffPayments.methods.pause.pause")}
          pending={patch.isPending}
          error={null}
          onConfirm={() => patch.mutate({ state: "paused" })}
          onCancel={() => setAsking(false)}
          testId="method-pause-confirm"
        />
      )}
      <ProblemAlert error={patch.error} />
    </div>
  );
}

function timeZoneName(): string {
  try {
    return Intl.DateTimeFormat(currentLanguage()).resolvedOptions().timeZone;
  } catch {
    return "";
  }
}

/** Schedules a maintenance window (start and end in the admin's local time, sent in UTC) or clears it. */
export function MaintenanceControl({
  method,
  onSaved,
}: {
  method: AdminMethod;
  onSaved: (m: AdminMethod) => void;
}) {
  const { t } = useTranslation();
  const [start, setStart] = useState(toLocalInput(method.maintenance?.startsAt));
  const [end, setEnd] = useState(toLocalInput(method.maintenance?.endsAt));
  const [submitted, setSubmitted] = useState(false);
  const [done, setDone] = useState<"scheduled" | "cleared" | null>(null);
  const patch = useMethodPatch(method, onSaved);
  const startsAt = fromLocalInput(start);
  const endsAt = fromLocalInput(end);
  const problems = {
    start: startsAt ? null : t("staffPayments.methods.maintenance.startRequired"),
    end: !endsAt
      ? t("staffPayments.methods.maintenance.endRequired")
      : startsAt && endsAt <= startsAt
        ? t("staffPayments.methods.maintenance.endAfterStart")
        : null,
  };
  const zone = timeZoneName();
  return (
    <div className="method-control method-control--column" data-testid="maintenance-control">
      <div className="method-control__text">
        <h3>{t("staffPayments.methods.maintenance.title")}</h3>
        <p className="muted small">
          {method.maintenance
            ? t("staffPayments.methods.maintenance.current", {
                start: dateTime(method.maintenance.startsAt),
                end: dateTime(method.maintenance.endsAt),
              })
            : t("staffPayments.methods.maintenance.none")}
        </p>
      </div>
      <form
        className="form form--row maintenance-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          setDone(null);
          if (problems.start || problems.end || !startsAt || !endsAt) return;
          patch.mutate({ maintenance: { startsAt, endsAt } }, { onSuccess: () => setDone("scheduled") });
        }}
      >
        <TextField
          type="datetime-local"
          label={t("staffPayments.methods.maintenance.start")}
          hint={
            startsAt
              ? t("staffPayments.methods.maintenance.utc", { time: startsAt.slice(0, 16).replace("T", " ") })
              : zone
          }
          value={start}
          onChange={(e) => setStart(e.target.value)}
          error={(submitted && problems.start) || serverFieldError(patch.error, "maintenance/startsAt")}
          testId="maintenance-start"
        />
        <TextField
          type="datetime-local"
          label={t("staffPayments.methods.maintenance.end")}
          hint={
            endsAt
              ? t("staffPayments.methods.maintenance.utc", { time: endsAt.slice(0, 16).replace("T", " ") })
              : zone
          }
          value={end}
          onChange={(e) => setEnd(e.target.value)}
          error={(submitted && problems.end) || serverFieldError(patch.error, "maintenance/endsAt")}
          min={start || undefined}
          testId="maintenance-end"
        />
        <div className="button-row maintenance-form__actions">
          <SubmitButton pending={patch.isPending} testId="maintenance-save">
            {t("staffPayments.methods.maintenance.schedule")}
          </SubmitButton>
          {method.maintenance && (
            <button
              type="button"
              className="button"
              disabled={patch.isPending}
              onClick={() => {
                setDone(null);
                setSubmitted(false);
                patch.mutate(
                  { maintenance: null },
                  {
                    onSuccess: () => {
                      setStart("");
                      setEnd("");
                      setDone("cleared");
                    },
                  },
                );
              }}
              data-testid="maintenance-clear"
            >
              {t("staffPayments.methods.maintenance.clear")}
            </button>
          )}
        </div>
      </form>
      <p className="muted small">{t("staffPayments.methods.maintenance.zone", { zone })}</p>
      <p className="muted small" data-testid="maintenance-status-page">
        <Trans
          i18nKey="staffPayments.methods.maintenance.statusPage"
          components={{ page: <Link to="/status" />, admin: <Link to="/admin/status" /> }}
        />
      </p>
      {done && <Alert tone="ok">{t(`staffPayments.methods.maintenance.${done}`)}</Alert>}
      <ProblemAlert error={patch.error} />
    </div>
  );
}
