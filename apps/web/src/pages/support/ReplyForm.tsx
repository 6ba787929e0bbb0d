import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { replyToTicket, type TicketDetail } from "../../api/support";
import { Alert, SubmitButton } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { errorMessage } from "../../lib/errors";
import { TextAreaField } from "../help/parts";
import { AttachmentPicker } from "./AttachmentPicker";
import { useAttachments } from "./useAttachments";

/**
 * The customer's reply, with screenshots. Replying to a ticket that waits for them (or a solved
 * one) hands it back to us; the thread is read again afterwards.
 */
export function ReplyForm({
  ticket,
  accessToken,
  onSent,
}: {
  ticket: TicketDetail;
  accessToken: string | null;
  onSent: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const [checked, setChecked] = useState(false);
  const [sent, setSent] = useState(false);
  const attachments = useAttachments(accessToken);
  const send = useMutation({
    mutationFn: () =>
      replyToTicket(
        ticket.id,
        { body: body.trim(), ...(attachments.ids.length > 0 ? { attachmentIds: attachments.ids } : {}) },
        accessToken,
      ),
    onSuccess: async () => {
      setBody("");
      setChecked(false);
      setSent(true);
      attachments.reset();
      await onSent();
    },
  });
  const empty = body.trim().length === 0;
  const solved = ticket.status === "solved";

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    setSent(false);
    if (empty || attachments.uploading) return;
    send.mutate();
  }

  return (
    <form className="card ticket-reply form" onSubmit={onSubmit} noValidate aria-labelledby="reply-title">
      <h2 id="reply-title" className="ticket-section-title">
        {solved ? t("support.ticket.reply.titleReopen") : t("support.ticket.reply.title")}
      </h2>
      {solved && <p className="muted small">{t("support.ticket.reply.reopenHint")}</p>}
      <TextAreaField
        label={t("support.ticket.reply.label")}
        hint={t("helpCenter.contact.descriptionHint")}
        rows={5}
        maxLength={5000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={checked && empty ? t("support.ticket.reply.empty") : null}
        testId="ticket-reply-body"
      />
      <AttachmentPicker attachments={attachments} testId="ticket-reply-screenshots" />
      {checked && attachments.uploading && (
        <p className="muted small" role="status">
          {t("support.form.screenshots.wait")}
        </p>
      )}
      {send.isError && <Alert tone="danger">{errorMessage(send.error, t)}</Alert>}
      {sent && (
        <Alert tone="ok" testId="reply-sent">
          {t("support.ticket.reply.sent")}
        </Alert>
      )}
      <div className="button-row">
        <SubmitButton
          pending={send.isPending}
          pendingLabel={t("helpCenter.contact.sending")}
          testId="ticket-reply-send"
        >
          <Icon name="send" size={16} />
          {t("support.ticket.reply.send")}
        </SubmitButton>
      </div>
    </form>
  );
}
