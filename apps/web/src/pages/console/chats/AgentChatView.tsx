import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type AgentChat, endAgentChat } from "../../../api/chatAgent";
import { type ChatLog, emptyLog, latestSeq } from "../../../api/chatLog";
import type { ChatSocket, SocketStatus } from "../../../api/chatSocket";
import { attachmentUrl } from "../../../api/consoleTicket";
import { ChatComposer } from "../../chat/ChatComposer";
import { ChatMessages } from "../../chat/ChatMessages";
import { useOtherTyping, usePageVisible } from "../../chat/useTyping";
import { ChatCustomerSide } from "./ChatCustomerSide";

interface Props {
  chat: AgentChat;
  socket: ChatSocket | null;
  log: ChatLog | null;
  status: SocketStatus;
  /** The chosen tab: only it is on screen, and only its messages count as read. */
  shown: boolean;
  onEnded: () => void;
  onClose: () => void;
}

/** One of my chats: the live conversation and composer, with the customer beside it. */
export function AgentChatView({ chat, socket, log, status, shown, onEnded, onClose }: Props) {
  const { t } = useTranslation();
  const current = log ?? emptyLog(chat.id);
  const ended = chat.state === "ended" || current.state === "ended";
  const typing = useOtherTyping(current);
  const pageVisible = usePageVisible();
  const name = chat.customer.name ?? chat.customer.email ?? t("chat.console.guest");
  const end = useMutation({ mutationFn: () => endAgentChat(chat.id), onSuccess: onEnded });

  const newest = latestSeq(current);
  useEffect(() => {
    if (shown && pageVisible && socket && newest > 0) socket.markRead(chat.id, newest);
  }, [shown, pageVisible, socket, chat.id, newest]);

  return (
    <div
      role="tabpanel"
      id={`chat-view-${chat.id}`}
      aria-labelledby={`chat-tab-${chat.id}`}
      hidden={!shown}
      className="console-chat"
      data-testid="agent-chat"
      data-chat-id={chat.id}
    >
      <div className="console-chat__main">
        <header className="console-chat__head">
          <div>
            <h2 className="console-chat__name">{name}</h2>
            <Link
              to={`/agent/tickets/${encodeURIComponent(chat.id)}`}
              className="small"
              data-testid="chat-ticket-link"
            >
              {t("chat.console.chat.openTicket", { number: chat.number })}
            </Link>
          </div>
          {ended ? (
            <button type="button" className="button button--small button--secondary" onClick={onClose}>
              {t("chat.console.chat.close")}
            </button>
          ) : (
            <button
              type="button"
              className="button button--small button--secondary"
              disabled={end.isPending}
              onClick={() => end.mutate()}
              data-testid="chat-end"
            >
              {end.isPending ? t("chat.console.chat.ending") : t("chat.console.chat.end")}
            </button>
          )}
        </header>
        {end.isError && (
          <p className="chat-banner chat-banner--danger" role="alert">
            {t("chat.console.chat.endFailed")}
          </p>
        )}
        {status === "reconnecting" && (
          <p className="chat-banner" role="status">
            {t("chat.console.chat.reconnecting")}
          </p>
        )}
        {status === "refused" && (
          <p className="chat-banner chat-banner--danger" role="alert">
            {t("chat.console.chat.refused")}
          </p>
        )}
        <ChatMessages
          log={current}
          side="agent"
          imageSrc={(a) => a.url ?? attachmentUrl(a.id)}
          onRetry={(clientId) => socket?.retry(chat.id, clientId)}
          onDiscard={(clientId) => socket?.discard(chat.id, clientId)}
        />
        <p className="chat-typing" aria-live="polite" data-testid="chat-typing">
          {typing ? t("chat.console.chat.typing", { name }) : ""}
        </p>
        {ended ? (
          <p className="muted console-chat__ended" data-testid="chat-ended">
            {t("chat.console.chat.ended")}
          </p>
        ) : (
          <ChatComposer
            autoFocus={shown}
            disabled={!socket}
            placeholder={t("chat.console.chat.placeholder")}
            onSend={(body) => socket?.send(chat.id, body)}
            onTyping={() => socket?.typing(chat.id)}
          />
        )}
      </div>
      <ChatCustomerSide chat={chat} />
    </div>
  );
}
