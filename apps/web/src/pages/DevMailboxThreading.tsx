import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type DevMessage, replyAsCustomer } from "../api/devMessages";
import { Alert, FormError } from "../components/Form";

/** The threading headers worth seeing when testing email threading, in the order mail programs show them. */
const SHOWN_HEADERS = ["From", "Reply-To", "Message-ID", "In-Reply-To", "References"] as const;

/** Under a captured email: its threading headers, and for support emails a way to answer them. */
export function DevMailboxThreading({ message }: { message: DevMessage }) {
  const { t } = useTranslation();
  const shown = SHOWN_HEADERS.filter((name) => message.headers[name]);
  if (message.channel !== "email" || (shown.length === 0 && !message.answerable)) return null;
  return (
    <section className="stack" style={{ marginTop: 16 }} data-testid="message-headers">
      {shown.length > 0 && (
        <>
          <h3 className="small muted">{t("consoleChannels.mailbox.headers")}</h3>
          <dl className="message-detail__meta">
            {shown.map((name) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>
                  <code>{message.headers[name]}</code>
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {message.answerable && <AnswerForm message={message} />}
    </section>
  );
}

/** Development only: "Reply as the customer", through the same path a real answer takes. */
function AnswerForm({ message }: { message: DevMessage }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const answer = useMutation({
    mutationFn: () => replyAsCustomer(message.id, text.trim()),
    onSuccess: async () => {
      setText("");
      // A new ticket is acknowledged by email: show it.
      await queryClient.invalidateQueries({ queryKey: ["dev-messages"] });
    },
  });
  const result = answer.data;
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) answer.mutate();
      }}
      data-testid="mailbox-answer"
    >
      <h3>{t("consoleChannels.mailbox.answerTitle")}</h3>
      <p className="small muted">
        {t("consoleChannels.mailbox.answerHint", { from: message.to, to: message.headers["Reply-To"] ?? "" })}
      </p>
      <label className="field">
        <span className="field__label">{t("consoleChannels.mailbox.answerLabel")}</span>
        <textarea
          rows={3}
          maxLength={5000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-testid="mailbox-answer-text"
        />
      </label>
      <div>
        <button
          type="submit"
          className="button button--secondary"
          disabled={!text.trim() || answer.isPending}
          aria-busy={answer.isPending || undefined}
          data-testid="mailbox-answer-send"
        >
          {answer.isPending
            ? t("consoleChannels.mailbox.answerSending")
            : t("consoleChannels.mailbox.answerSend")}
        </button>
      </div>
      <FormError error={answer.error} />
      {result && (
        <Alert tone="ok" testId="mailbox-answer-result">
          {result.number === null
            ? t("consoleChannels.mailbox.answerIgnored")
            : result.created
              ? t("consoleChannels.mailbox.answerCreated", { number: result.number })
              : t("consoleChannels.mailbox.answerThreaded", { number: result.number })}
        </Alert>
      )}
    </form>
  );
}
