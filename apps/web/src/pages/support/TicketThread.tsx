import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import {
  type Attachment,
  attachmentUrl,
  fetchAttachment,
  type TicketDetail,
  type TicketMessage,
} from "../../api/support";
import { Icon } from "../../components/Icon";
import { currentLanguage } from "../../i18n";
import { readAsDataUrl } from "../../lib/dataUrl";
import { formatDateTime, parseDate } from "../../lib/time";

/**
 * A guest's screenshot: fetched with the access header (an <img src> cannot carry it) and shown
 * as a data: URL, since the site's Content-Security-Policy allows data: images, not blob: ones.
 * Browsers will not open a data: URL in a tab of its own, so the link saves the file instead.
 */
function GuestImage({ attachment, accessToken }: { attachment: Attachment; accessToken: string }) {
  const { t } = useTranslation();
  const image = useQuery({
    queryKey: ["support", "attachment", attachment.id, "dataUrl"],
    queryFn: async () => readAsDataUrl(await fetchAttachment(attachment.id, accessToken)),
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!image.data)
    return (
      <span className="attachment-thumb__placeholder muted small">
        {image.isError ? "—" : t("common.loading")}
      </span>
    );
  return (
    <a
      href={image.data}
      download={attachment.filename}
      title={t("support.ticket.saveAttachment", { name: attachment.filename })}
    >
      <img src={image.data} alt={attachment.filename} />
    </a>
  );
}

function Attachments({
  attachments,
  accessToken,
}: {
  attachments: Attachment[];
  accessToken: string | null;
}) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="attachment-list attachment-list--thread">
      {attachments.map((a) => (
        <li key={a.id} className="attachment-thumb" data-testid="message-attachment">
          {accessToken ? (
            <GuestImage attachment={a} accessToken={accessToken} />
          ) : (
            <a
              href={attachmentUrl(a.id)}
              target="_blank"
              rel="noreferrer"
              title={t("support.ticket.openAttachment", { name: a.filename })}
            >
              <img src={attachmentUrl(a.id)} alt={a.filename} loading="lazy" />
            </a>
          )}
          <span className="attachment-thumb__name" title={a.filename}>
            {a.filename}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Message({ message, accessToken }: { message: TicketMessage; accessToken: string | null }) {
  const { t } = useTranslation();
  const date = parseDate(message.createdAt);
  const when = date
    ? formatDateTime(date, currentLanguage(), { dateStyle: "medium", timeStyle: "short" })
    : null;
  if (message.authorType === "system") {
    return (
      <li className="ticket-message ticket-message--system" data-testid="ticket-message" data-author="system">
        <Icon name="info" size={16} />
        <span className="ticket-message__body">{message.body}</span>
        {when && (
          <time dateTime={message.createdAt} className="muted small">
            {when}
          </time>
        )}
      </li>
    );
  }
  const agent = message.authorType === "agent";
  const who = agent
    ? message.authorName
      ? t("support.ticket.agentNamed", { name: message.authorName })
      : t("support.ticket.agent")
    : t("support.ticket.you");
  return (
    <li
      className={`ticket-message ticket-message--${message.authorType}`}
      data-testid="ticket-message"
      data-author={message.authorType}
    >
      <div className="ticket-message__head">
        <span className="ticket-message__avatar" aria-hidden="true">
          <Icon name={agent ? "headset" : "user"} size={16} />
        </span>
        <strong>{who}</strong>
        {when && (
          <time dateTime={message.createdAt} className="muted small">
            {when}
          </time>
        )}
      </div>
      {/* Plain text, never markup: line breaks kept by CSS. */}
      <div className="ticket-message__body">{message.body}</div>
      <Attachments attachments={message.attachments} accessToken={accessToken} />
    </li>
  );
}

/**
 * The conversation, oldest first: the customer's messages, our replies and system notes (status
 * changes, merges), each styled its own way. Notes for staff never reach this page.
 */
export function TicketThread({ ticket, accessToken }: { ticket: TicketDetail; accessToken: string | null }) {
  const { t } = useTranslation();
  // The description is the first message; shown on its own only if the thread does not start with it.
  const first = ticket.messages[0];
  const showDescription =
    ticket.description && !(first?.authorType === "customer" && first.body === ticket.description);
  return (
    <section className="ticket-thread" aria-labelledby="thread-title">
      <h2 id="thread-title" className="visually-hidden">
        {t("support.ticket.thread")}
      </h2>
      <ol className="ticket-messages" data-testid="ticket-thread">
        {showDescription && (
          <Message
            message={{
              id: "description",
              authorType: "customer",
              authorName: null,
              body: ticket.description ?? "",
              attachments: [],
              createdAt: ticket.createdAt,
            }}
            accessToken={accessToken}
          />
        )}
        {ticket.messages.map((message) => (
          <Message key={message.id} message={message} accessToken={accessToken} />
        ))}
      </ol>
    </section>
  );
}
