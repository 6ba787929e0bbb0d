import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { discardOutboxMessage, type OutboxMessage, retryOutboxMessage } from "../../../api/staff-status";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Alert } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { dateTime } from "../../staff-payments/format";
import { staffStatusKeys } from "../queries";

const COLUMNS = 6;

/**
 * Failed messages: topic, masked recipient and subject (never the body: it may hold a reset link),
 * attempts and the last error. A dead one can be sent again now or discarded (after a yes).
 */
export function OutboxTable({ messages, dead }: { messages: OutboxMessage[]; dead: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: string; what: "retried" | "discarded" } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: staffStatusKeys.outboxAll });
  const retry = useMutation({
    mutationFn: (id: string) => retryOutboxMessage(id),
    onSuccess: (_, id) => {
      setDone({ id, what: "retried" });
      refresh();
    },
  });
  const discard = useMutation({
    mutationFn: (id: string) => discardOutboxMessage(id),
    onSuccess: (_, id) => {
      setDiscarding(null);
      setDone({ id, what: "discarded" });
      refresh();
    },
  });

  return (
    <div className="stack">
      {done && (
        <Alert tone="ok" testId="outbox-done">
          {t(`staffStatus.outbox.${done.what}`, { id: done.id })}
        </Alert>
      )}
      <ProblemAlert error={retry.error} />
      <div className="table-wrap">
        <table className="data-table outbox-table" data-testid="outbox-table">
          <caption className="visually-hidden">
            {t(dead ? "staffStatus.outbox.tabs.dead" : "staffStatus.outbox.tabs.discarded")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("staffStatus.outbox.columns.topic")}</th>
              <th scope="col">{t("staffStatus.outbox.columns.message")}</th>
              <th scope="col" className="num">
                {t("staffStatus.outbox.columns.attempts")}
              </th>
              <th scope="col">{t("staffStatus.outbox.columns.error")}</th>
              <th scope="col">
                {dead ? t("staffStatus.outbox.columns.created") : t("staffStatus.outbox.columns.discarded")}
              </th>
              <th scope="col" className="actions">
                <span className="visually-hidden">{t("staffStatus.outbox.columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <Fragment key={m.id}>
                <tr data-testid="outbox-row" data-message={m.id}>
                  <td>
                    <span className="mono small">{m.topic}</span>
                    <span className="small muted mono outbox-table__id">{m.id}</span>
                  </td>
                  <td>
                    {m.summary.channel && <span className="badge badge--neutral">{m.summary.channel}</span>}{" "}
                    {m.summary.to && <span className="mono small">{m.summary.to}</span>}
                    {m.summary.subject && (
                      <span className="small outbox-table__subject">{m.summary.subject}</span>
                    )}
                    {!m.summary.to && !m.summary.subject && !m.summary.channel && (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="num">{m.attempts}</td>
                  <td>
                    {m.lastError ? (
                      <details className="outbox-table__error">
                        <summary className="small">{firstLine(m.lastError)}</summary>
                        <pre>{m.lastError}</pre>
                      </details>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="small">
                    {dead ? (
                      dateTime(m.createdAt)
                    ) : (
                      <>
                        {dateTime(m.resolvedAt)}
                        {m.resolvedBy && (
                          <span className="muted"> {t("staffStatus.outbox.by", { who: m.resolvedBy })}</span>
                        )}
                      </>
                    )}
                  </td>
                  <td className="actions">
                    {dead && (
                      <div className="button-row button-row--tight">
                        <button
                          type="button"
                          className="button button--small"
                          disabled={retry.isPending}
                          onClick={() => {
                            setDone(null);
                            retry.mutate(m.id);
                          }}
                          data-testid="outbox-retry"
                        >
                          {retry.isPending && retry.variables === m.id
                            ? t("common.working")
                            : t("staffStatus.outbox.retry")}
                        </button>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          onClick={() => {
                            discard.reset();
                            setDone(null);
                            setDiscarding(m.id);
                          }}
                          data-testid="outbox-discard"
                        >
                          {t("staffStatus.outbox.discard")}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
                {discarding === m.id && (
                  <tr>
                    <td colSpan={COLUMNS}>
                      <ConfirmBox
                        tone="danger"
                        text={t("staffStatus.outbox.discardConfirm")}
                        confirmLabel={t("staffStatus.outbox.discardYes")}
                        pending={discard.isPending}
                        error={discard.error}
                        onConfirm={() => discard.mutate(m.id)}
                        onCancel={() => setDiscarding(null)}
                        testId="outbox-discard-confirm"
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The first line of an error, short enough for a table cell; the whole text unfolds below it. */
function firstLine(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
