import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgentTicketDetail } from "../../../api/consoleTicket";
import {
  CALL_DIRECTIONS,
  CALL_OUTCOMES,
  type Call,
  type CallDirection,
  listTicketCalls,
  logTicketCall,
  type NewCall,
} from "../../../api/phone";
import { FormError, SelectField, SubmitButton, TextField } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { fieldErrors } from "../../../lib/errors";
import { formatDuration, parseDuration, toE164 } from "../../../lib/phone";
import { dateTime } from "../../staff-payments/format";
import { POLL_MS, useConsoleLive } from "../live";
import { consoleKeys } from "../queries";
import "../callbacks/callbacks.css";

/** Under the ticket's key: a live update of the ticket refreshes its calls too. */
export const callsKey = (ticketId: string) => [...consoleKeys.ticket(ticketId), "calls"] as const;

/** A ticket's phone calls (logged by agents, reported by the phone system) and "Log a call". */
export function CallsPanel({ ticket }: { ticket: AgentTicketDetail }) {
  const { t } = useTranslation();
  const live = useConsoleLive();
  const [logging, setLogging] = useState(false);
  const calls = useQuery({
    queryKey: callsKey(ticket.id),
    queryFn: ({ signal }) => listTicketCalls(ticket.id, signal),
    refetchInterval: live.connected ? false : POLL_MS,
  });
  const rows = calls.data?.data ?? [];
  return (
    <section
      className="card console-card console-calls"
      aria-labelledby="calls-title"
      data-testid="calls-panel"
    >
      <div className="console-calls__head">
        <h2 id="calls-title" className="console-card__title">
          <Icon name="phone" size={16} /> {t("phone.console.calls.title")}
        </h2>
        {!logging && ticket.status !== "closed" && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setLogging(true)}
            data-testid="call-log-open"
          >
            {t("phone.console.calls.log")}
          </button>
        )}
      </div>
      {logging && <LogCallForm ticket={ticket} onDone={() => setLogging(false)} />}
      {calls.isError && rows.length === 0 && <FormError error={calls.error} />}
      {calls.isSuccess && rows.length === 0 && (
        <p className="muted small">{t("phone.console.calls.empty")}</p>
      )}
      {rows.length > 0 && (
        <ol className="console-calls__list">
          {rows.map((call) => (
            <CallRow key={call.id} call={call} />
          ))}
        </ol>
      )}
    </section>
  );
}

function CallRow({ call }: { call: Call }) {
  const { t } = useTranslation();
  return (
    <li className="console-call" data-testid="call-row" data-outcome={call.outcome}>
      <div className="console-call__main">
        <Icon name={call.direction === "inbound" ? "download" : "send"} size={14} />
        <span>{t(`phone.console.calls.${call.direction}`)}</span>
        <a href={`tel:${call.phone}`} className="mono">
          {call.phone}
        </a>
        <span className={`badge ${call.outcome === "answered" ? "badge--ok" : "badge--neutral"}`}>
          {t(`phone.console.calls.outcomes.${call.outcome}`)}
        </span>
        <span className="mono">{formatDuration(call.durationSeconds)}</span>
      </div>
      <div className="console-call__sub muted small">
        <time dateTime={call.startedAt}>{dateTime(call.startedAt)}</time> ·{" "}
        {call.agent
          ? t("phone.console.calls.by", { name: call.agent.name })
          : t("phone.console.calls.provider")}
      </div>
      {call.notes && <p className="console-call__notes">{call.notes}</p>}
    </li>
  );
}

function LogCallForm({ ticket, onDone }: { ticket: AgentTicketDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [direction, setDirection] = useState<CallDirection>("outbound");
  const [outcome, setOutcome] = useState<NewCall["outcome"]>("answered");
  const [phone, setPhone] = useState("");
  const [duration, setDuration] = useState("");
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<{ phone?: string; duration?: string }>({});

  const save = useMutation({
    mutationFn: (call: NewCall) => logTicketCall(ticket.id, call),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: callsKey(ticket.id) }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.ticket(ticket.id), exact: true }),
      ]);
      onDone();
    },
  });
  const server = fieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e164 = toE164(phone);
    const seconds = parseDuration(duration);
    const found = {
      ...(e164 ? {} : { phone: t("phone.callback.phoneInvalid") }),
      ...(seconds === null ? { duration: t("phone.console.calls.durationInvalid") } : {}),
    };
    setErrors(found);
    if (!e164 || seconds === null) return;
    save.mutate({ direction, outcome, phone: e164, durationSeconds: seconds, notes: notes.trim() });
  };

  return (
    <form className="form stack console-calls__form" onSubmit={submit} noValidate data-testid="call-log-form">
      <div className="console-calls__row">
        <SelectField
          label={t("phone.console.calls.direction")}
          value={direction}
          onChange={(event) => setDirection(event.target.value as CallDirection)}
          testId="call-direction"
        >
          {CALL_DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`phone.console.calls.${d}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("phone.console.calls.outcome")}
          value={outcome}
          onChange={(event) => setOutcome(event.target.value as NewCall["outcome"])}
          testId="call-outcome"
        >
          {CALL_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`phone.console.calls.outcomes.${o}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="console-calls__row">
        <TextField
          label={t("phone.console.calls.phone")}
          type="tel"
          value={phone}
          placeholder="+8613812345678"
          onChange={(event) => setPhone(event.target.value)}
          error={errors.phone ?? server.phone ?? null}
          testId="call-phone"
        />
        <TextField
          label={t("phone.console.calls.duration")}
          hint={t("phone.console.calls.durationHint")}
          value={duration}
          placeholder="4:30"
          inputMode="numeric"
          onChange={(event) => setDuration(event.target.value)}
          error={errors.duration ?? server.durationSeconds ?? null}
          testId="call-duration"
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`call-notes-${ticket.id}`}>
          {t("phone.console.calls.notes")}
        </label>
        <textarea
          id={`call-notes-${ticket.id}`}
          rows={3}
          maxLength={2000}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          data-testid="call-notes"
        />
      </div>
      <FormError error={save.error} />
      <div className="console-inline">
        <SubmitButton
          pending={save.isPending}
          pendingLabel={t("phone.console.calls.saving")}
          testId="call-save"
        >
          {t("phone.console.calls.save")}
        </SubmitButton>
        <button type="button" className="button" onClick={onDone}>
          {t("phone.console.calls.cancel")}
        </button>
      </div>
    </form>
  );
}
