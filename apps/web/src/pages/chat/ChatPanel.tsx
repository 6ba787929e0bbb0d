import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ChatSession, ExpectedReply } from "../../api/chat";
import { currentLanguage } from "../../i18n";
import { ChatConversation } from "./ChatConversation";
import { ChatIntro } from "./ChatIntro";
import type { CustomerChat } from "./useCustomerChat";

interface Props {
  chat: CustomerChat;
  signedIn: boolean;
  greetingName: string | null;
  /** The panel is on screen (not minimized, tab visible): only then do messages count as read. */
  visible: boolean;
  headingId: string;
  /** Minimize (the floating widget); the embedded page asks its host page instead. */
  onClose?: () => void;
  /** Inside the embed iframe: ticket links open in a new tab, not inside the frame. */
  embedded?: boolean;
}

/** The chat itself: the greeting form, the conversation, or the "we made a ticket" notice. */
export function ChatPanel({
  chat,
  signedIn,
  greetingName,
  visible,
  headingId,
  onClose,
  embedded = false,
}: Props) {
  const { t } = useTranslation();
  const { phase } = chat;
  return (
    <div className="chat-panel__inner">
      <header className="chat-panel__head">
        <div>
          <h2 id={headingId} className="chat-panel__title">
            {t("chat.title")}
          </h2>
          {phase.kind === "chat" && phase.session.number && (
            <p className="chat-panel__ticket small">
              {t("chat.ticketNumber", { number: phase.session.number })}
            </p>
          )}
        </div>
        {onClose && (
          <button
            type="button"
            className="chat-icon-button chat-panel__close"
            onClick={onClose}
            aria-label={t("chat.minimize")}
            title={t("chat.minimize")}
            data-testid="chat-minimize"
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path
                d="m6 9 6 6 6-6"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
            </svg>
          </button>
        )}
      </header>
      <div className="chat-panel__body">
        {phase.kind === "checking" && (
          <p className="chat-panel__loading muted" role="status">
            {t("chat.loading")}
          </p>
        )}
        {phase.kind === "intro" && (
          <ChatIntro signedIn={signedIn} greetingName={greetingName} onStart={chat.start} />
        )}
        {phase.kind === "chat" &&
          (chat.log?.state === "offline" ? (
            <OfflineNotice
              session={phase.session}
              expectedReply={chat.log.expectedReply ?? phase.session.expectedReply}
              signedIn={signedIn}
              embedded={embedded}
              onDone={chat.reset}
            />
          ) : (
            <ChatConversation chat={chat} visible={visible} />
          ))}
      </div>
    </div>
  );
}

/** Nobody online: the message became a ticket, answered by email within the desk's promise. */
function OfflineNotice({
  session,
  expectedReply,
  signedIn,
  embedded,
  onDone,
}: {
  session: ChatSession;
  /** From the chat's state (a waiting chat nobody came to), else from its start. */
  expectedReply: ExpectedReply | null;
  signedIn: boolean;
  embedded: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const expected = expectedReply?.[currentLanguage()] ?? null;
  return (
    <div className="chat-offline" role="status" data-testid="chat-offline">
      <h3>{t("chat.offline.title")}</h3>
      <p>
        {expected
          ? t("chat.offline.body", { number: session.number, expected })
          : t("chat.offline.bodyNoTime", { number: session.number })}
      </p>
      {signedIn && (
        <p>
          <Link
            to={`/support/tickets/${encodeURIComponent(session.chatId)}`}
            {...(embedded ? { target: "_blank", rel: "noreferrer" } : {})}
          >
            {t("chat.offline.openTicket", { number: session.number })}
          </Link>
        </p>
      )}
      <button type="button" className="button button--small button--secondary" onClick={onDone}>
        {t("chat.offline.done")}
      </button>
    </div>
  );
}
