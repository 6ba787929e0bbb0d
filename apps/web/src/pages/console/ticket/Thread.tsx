import { useTranslation } from "react-i18next";
import { type Attachment, attachmentUrl, messageKind, type TicketMessage } from "../../../api/consoleTicket";
import { Icon } from "../../../components/Icon";
import { dateTime } from "../../staff-payments/format";
import { ChannelBadge, DeliveryState } from "./MessageChannel";

/**
 * The conversation, oldest first: the customer's messages, agents' replies, internal notes
 * (yellow, labelled: the customer never sees them) and system notes (merges, account actions).
 * Messages show the channel they came or went by; replies through email, Messenger or X show
 * where their delivery stands.
 */
export function Thread({ messages }: { messages: TicketMessage[] }) {
  const { t } = useTranslation();
  const sorted = [...messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section className="console-thread" aria-label={t("console.thread.label")}>
      {sorted.length === 0 && <p className="muted">{t("console.thread.empty")}</p>}
      <ol className="console-thread__list">
        {sorted.map((message) => (
          <ThreadMessage key={message.id} message={message} />
        ))}
      </ol>
    </section>
  );
}

function ThreadMessage({ message }: { message: TicketMessage }) {
  const { t } = useTranslation();
  const kind = messageKind(message);
  if (kind === "system") {
    return (
      <li className="console-msg console-msg--system" data-testid="thread-message" data-kind="system">
        <Icon name="info" size={16} />
        <span className="console-msg__body">{message.body}</span>
        <time dateTime={message.createdAt}>{dateTime(message.createdAt)}</time>
      </li>
    );
  }
  const author =
    message.authorName ?? (kind === "customer" ? t("console.thread.customer") : t("console.thread.agent"));
  return (
    <li className={`console-msg console-msg--${kind}`} data-testid="thread-message" data-kind={kind}>
      <header className="console-msg__head">
        <strong>{author}</strong>
        {kind === "note" && (
          <span className="console-msg__label" data-testid="internal-note-label">
            <Icon name="lock" size={14} /> {t("console.thread.internalNote")}
          </span>
        )}
        {kind === "agent" && <span className="console-msg__label">{t("console.thread.reply")}</span>}
        {kind !== "note" && <ChannelBadge channel={message.channel} />}
        {kind === "agent" && <DeliveryState message={message} />}
        <time dateTime={message.createdAt}>{dateTime(message.createdAt)}</time>
      </header>
      <div className="console-msg__body">{message.body}</div>
      {message.attachments.length > 0 && <Attachments items={message.attachments} />}
    </li>
  );
}

/** Screenshots open full size in a new tab; other files are a link. */
function Attachments({ items }: { items: Attachment[] }) {
  const { t } = useTranslation();
  return (
    <ul className="console-attachments" aria-label={t("console.thread.attachments")}>
      {items.map((a) => {
        const url = attachmentUrl(a.id);
        return (
          <li key={a.id}>
            <a href={url} target="_blank" rel="noreferrer" data-testid="thread-attachment">
              {a.contentType.startsWith("image/") ? (
                <img src={url} alt={a.filename} loading="lazy" />
              ) : (
                <Icon name="download" size={18} />
              )}
              <span className="console-attachments__name">{a.filename}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
