import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type AgentTicketRow, displayNumber, findTicketByNumber } from "../../../api/console";
import { type AgentTicketDetail, mergeTicket } from "../../../api/consoleTicket";
import { Dialog } from "../../../components/Dialog";
import { Alert, FormError } from "../../../components/Form";
import { consoleKeys } from "../queries";

/**
 * Merges this ticket into another of the same customer: find the other by its number, check it,
 * confirm. This one is then closed with a note on both sides, and the agent lands on the other.
 */
export function MergeDialog({
  ticket,
  open,
  onClose,
}: {
  ticket: AgentTicketDetail;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [number, setNumber] = useState("");
  const [target, setTarget] = useState<AgentTicketRow | null>(null);
  const [notFound, setNotFound] = useState(false);

  const search = useMutation({
    mutationFn: () => findTicketByNumber(number),
    onSuccess: (found) => {
      setTarget(found);
      setNotFound(found === null);
    },
  });
  const merge = useMutation({
    mutationFn: (into: AgentTicketRow) => mergeTicket(ticket.id, into.id),
    onSuccess: async (merged) => {
      queryClient.setQueryData(consoleKeys.ticket(merged.id), merged);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.ticket(ticket.id) }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.queueAll }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.counts }),
      ]);
      close();
      await navigate(`/agent/tickets/${encodeURIComponent(merged.id)}`);
    },
  });

  const close = () => {
    setNumber("");
    setTarget(null);
    setNotFound(false);
    search.reset();
    merge.reset();
    onClose();
  };

  const self = target?.id === ticket.id;
  const otherRequester =
    target && target.requester.email.toLowerCase() !== ticket.requester.email.toLowerCase();

  return (
    <Dialog
      open={open}
      title={t("console.merge.dialogTitle", { number: displayNumber(ticket.number) })}
      onClose={close}
      testId="merge-dialog"
    >
      <form
        className="form stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (number.trim()) search.mutate();
        }}
      >
        <p className="muted small">{t("console.merge.explain")}</p>
        <div className="field">
          <label className="field__label" htmlFor="merge-number">
            {t("console.merge.numberLabel")}
          </label>
          <div className="console-inline">
            <input
              id="merge-number"
              value={number}
              inputMode="numeric"
              placeholder="#100002"
              onChange={(event) => {
                setNumber(event.target.value);
                setTarget(null);
                setNotFound(false);
              }}
              data-testid="merge-number"
            />
            <button
              type="submit"
              className="button"
              disabled={!number.trim() || search.isPending}
              data-testid="merge-search"
            >
              {t("console.merge.find")}
            </button>
          </div>
        </div>
        <FormError error={search.error} />
        {notFound && <Alert tone="warning">{t("console.merge.notFound")}</Alert>}
        {target && (
          <div className="console-merge-target" data-testid="merge-target">
            <strong>
              {displayNumber(target.number)} {target.subject}
            </strong>
            <span className="muted small">{target.requester.name ?? target.requester.email}</span>
          </div>
        )}
        {self && <Alert tone="warning">{t("console.merge.self")}</Alert>}
        {otherRequester && <Alert tone="warning">{t("console.merge.otherRequester")}</Alert>}
        <FormError error={merge.error} />
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            disabled={!target || self || merge.isPending}
            onClick={() => target && merge.mutate(target)}
            data-testid="merge-confirm"
          >
            {target
              ? t("console.merge.confirm", {
                  from: displayNumber(ticket.number),
                  into: displayNumber(target.number),
                })
              : t("console.merge.button")}
          </button>
          <button type="button" className="button" onClick={close}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
