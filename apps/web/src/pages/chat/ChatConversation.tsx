import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { chatAttachmentSrc, emailTranscript, uploadChatAttachment } from "../../api/chat";
import { type ChatLog, latestSeq } from "../../api/chatLog";
import { errorMessage } from "../../lib/errors";
import { ChatComposer } from "./ChatComposer";
import { ChatMessages } from "./ChatMessages";
import type { CustomerChat } from "./useCustomerChat";
import { useOtherTyping } from "./useTyping";

/**
 * The customer's conversation: where they stand (queue, agent), the messages, the composer, and
 * ending the chat or having the transcript emailed. Messages count as read only while `visible`.
 */
export function ChatConversation({ chat, visible }: { chat: CustomerChat; visible: boolean }) {
  const { t } = useTranslation();
  const log = chat.log as ChatLog;
  const socket = chat.socket;
  const chatId = log.chatId;
  const ended = log.state === "ended";
  const typing = useOtherTyping(log);

  // Reading: everything on screen counts as read while the panel is open and the tab visible.
  const newest = latestSeq(log);
  useEffect(() => {
    if (visible && socket && newest > 0) socket.markRead(chatId, newest);
  }, [visible, socket, chatId, newest]);

  return (
    <div className="chat-conversation" data-testid="chat-conversation" data-state={log.state ?? "waiting"}>
      <StatusLine log={log} />
      {chat.status === "reconnecting" && (
        <p className="chat-banner" role="status" data-testid="chat-reconnecting">
          {t("chat.connection.reconnecting")}
        </p>
      )}
      {chat.status === "refused" && (
        <p className="chat-banner chat-banner--danger" role="alert">
          {t("chat.connection.refused")}
        </p>
      )}
      {chat.error && chat.status !== "refused" && (
        <p className="chat-banner chat-banner--danger" role="alert">
          {chat.error.message || t("chat.connection.error")}
        </p>
      )}
      <ChatMessages
        log={log}
        side="customer"
        token={chat.token}
        imageSrc={(a) => chatAttachmentSrc(a, chatId)}
        onRetry={(clientId) => socket?.retry(chatId, clientId)}
        onDiscard={(clientId) => socket?.discard(chatId, clientId)}
      />
      <p className="chat-typing" aria-live="polite" data-testid="chat-typing">
        {typing ? t("chat.typing", { name: log.agentName ?? t("chat.support") }) : ""}
      </p>
      {ended ? (
        <EndedActions chat={chat} />
      ) : (
        <>
          <ChatComposer
            disabled={!socket}
            onSend={(body, attachments) => socket?.send(chatId, body, attachments)}
            onTyping={() => socket?.typing(chatId)}
            upload={(file) => uploadChatAttachment(chatId, file, chat.token)}
          />
          <ChatActions chat={chat} />
        </>
      )}
    </div>
  );
}

/** "You're number 2 in the queue · 3 agents online", or who the customer is talking to. */
function StatusLine({ log }: { log: ChatLog }) {
  const { t } = useTranslation();
  let text: string;
  if (log.state === "ended") text = t("chat.status.ended");
  else if (log.state === "active")
    text = log.agentName ? t("chat.status.with", { name: log.agentName }) : t("chat.status.active");
  else {
    const parts = [
      log.queuePosition
        ? t("chat.status.position", { position: log.queuePosition })
        : t("chat.status.waiting"),
    ];
    if (log.agentsOnline !== null) parts.push(t("chat.status.agentsOnline", { count: log.agentsOnline }));
    text = parts.join(" · ");
  }
  return (
    <p className="chat-status" role="status" data-testid="chat-status">
      {text}
    </p>
  );
}

function TranscriptButton({ chat }: { chat: CustomerChat }) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "sending" | "sent" | "failed">("idle");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const chatId = chat.log?.chatId ?? "";
  if (state === "sent") {
    return (
      <p className="chat-done small" role="status" data-testid="chat-transcript-sent">
        {sentTo ? t("chat.transcript.sentTo", { address: sentTo }) : t("chat.transcript.sent")}
      </p>
    );
  }
  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={state === "sending"}
        onClick={() => {
          setState("sending");
          emailTranscript(chatId, chat.token).then(
            (address) => {
              setSentTo(address);
              setState("sent");
            },
            (error: unknown) => {
              setProblem(error);
              setState("failed");
            },
          );
        }}
        data-testid="chat-transcript"
      >
        {t("chat.transcript.button")}
      </button>
      {state === "failed" && (
        <span className="chat-composer__problem" role="alert">
          {/* The server says why when it can (three transcripts a chat at most). */}
          {errorMessage(problem, t) ?? t("chat.transcript.failed")}
        </span>
      )}
    </>
  );
}

/** End chat (asked once more, so a slip does not end it) and the transcript. */
function ChatActions({ chat }: { chat: CustomerChat }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  return (
    <div className="chat-actions">
      {confirming ? (
        <span className="chat-actions__confirm">
          <span>{t("chat.end.confirm")}</span>
          <button
            ref={confirmRef}
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              setFailed(false);
              chat.end().catch(() => setFailed(true));
              setConfirming(false);
            }}
            data-testid="chat-end-confirm"
          >
            {t("chat.end.yes")}
          </button>
          <button type="button" className="link-button" onClick={() => setConfirming(false)}>
            {t("chat.end.no")}
          </button>
        </span>
      ) : (
        <button
          type="button"
          className="link-button"
          onClick={() => setConfirming(true)}
          data-testid="chat-end"
        >
          {t("chat.end.button")}
        </button>
      )}
      <TranscriptButton chat={chat} />
      {failed && (
        <span className="chat-composer__problem" role="alert">
          {t("chat.end.failed")}
        </span>
      )}
    </div>
  );
}

function EndedActions({ chat }: { chat: CustomerChat }) {
  const { t } = useTranslation();
  return (
    <div className="chat-actions chat-actions--ended">
      <TranscriptButton chat={chat} />
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={chat.reset}
        data-testid="chat-new"
      >
        {t("chat.newChat")}
      </button>
    </div>
  );
}
