import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type QueueCallback, settleCallback } from "../../../api/phone";
import { Dialog } from "../../../components/Dialog";
import { FormError, SubmitButton, TextField } from "../../../components/Form";
import { parseDuration } from "../../../lib/phone";
import { consoleKeys } from "../queries";

export type SettleStatus = "done" | "missed" | "cancelled";

/** Done (with the call's length and notes, logged on the ticket), missed or cancelled (notes as an internal note). */
export function SettleDialog({
  callback,
  status,
  onClose,
}: {
  callback: QueueCallback;
  status: SettleStatus;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notes, setNotes] = useState("");
  const [duration, setDuration] = useState("");
  const [durationError, setDurationError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (durationSeconds: number | undefined) =>
      settleCallback(callback.id, {
        status,
        notes: notes.trim(),
        ...(durationSeconds === undefined ? {} : { durationSeconds }),
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: [...consoleKeys.all, "callbacks"] }),
        ...(callback.ticket
          ? [queryClient.invalidateQueries({ queryKey: consoleKeys.ticket(callback.ticket.id) })]
          : []),
      ]);
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (status !== "done") {
      save.mutate(undefined);
      return;
    }
    const seconds = parseDuration(duration);
    setDurationError(seconds === null ? t("phone.console.queue.durationInvalid") : null);
    if (seconds !== null) save.mutate(seconds);
  };

  const label = {
    done: t("phone.console.queue.done"),
    missed: t("phone.console.queue.missed"),
    cancelled: t("phone.console.queue.cancel"),
  }[status];
  return (
    <Dialog
      open
      title={`${label} · ${t("phone.console.queue.settleTitle", { phone: callback.phone })}`}
      onClose={onClose}
      testId="settle-dialog"
    >
      <form className="form stack" onSubmit={submit} noValidate>
        {status === "done" && (
          <TextField
            label={t("phone.console.queue.duration")}
            hint={t("phone.console.queue.durationHint")}
            value={duration}
            placeholder="4:30"
            onChange={(event) => setDuration(event.target.value)}
            error={durationError}
            testId="settle-duration"
          />
        )}
        <div className="field">
          <label className="field__label" htmlFor="settle-notes">
            {t("phone.console.queue.notes")} <span className="field__optional">{t("common.optional")}</span>
          </label>
          <textarea
            id="settle-notes"
            rows={3}
            maxLength={2000}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            aria-describedby="settle-notes-hint"
            data-testid="settle-notes"
          />
          <span className="field__hint" id="settle-notes-hint">
            {status === "done"
              ? t("phone.console.queue.notesHintDone")
              : t("phone.console.queue.notesHintOther")}
          </span>
        </div>
        <FormError error={save.error} />
        <div className="console-inline">
          <SubmitButton
            pending={save.isPending}
            pendingLabel={t("phone.console.queue.saving")}
            testId="settle-save"
          >
            {t("phone.console.queue.confirm")}
          </SubmitButton>
          <button type="button" className="button" onClick={onClose}>
            {t("phone.console.calls.cancel")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
