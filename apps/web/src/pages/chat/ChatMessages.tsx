import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ChatLog,
  type ChatSide,
  type Delivery,
  deliveryOf,
  type PendingMessage,
} from "../../api/chatLog";
import type { ChatAttachment, ChatMessage } from "../../api/chatProtocol";
import { ChatImage } from "./ChatImage";

interface Props {
  log: ChatLog;
  side: ChatSide;
  /** Where an attachment is shown. */
  imageSrc: (attachment: ChatAttachment) => string;
  /** Guests' images are fetched with their token. */
  token?: string | null;
  onRetry?: (clientId: string) => void;
  onDiscard?: (clientId: string) => void;
}

type Item =
  | { kind: "message"; key: string; message: ChatMessage }
  | { kind: "pending"; key: string; pending: PendingMessage };

/** The stored messages in seq order, then what is still on its way, in the order it was written. */
function timeline(log: ChatLog): Item[] {
  return [
    ...log.messages.map((message): Item => ({ kind: "message", key: message.id, message })),
    ...log.pending.map((pending): Item => ({ kind: "pending", key: pending.clientId, pending })),
  ];
}

/**
 * The conversation as bubbles: mine on the right with delivery ticks, theirs on the left, system
 * notes in the middle. New messages from the other side are read out (aria-live); the list
 * follows the newest message unless the reader scrolled up to read older ones.
 */
export function ChatMessages({ log, side, imageSrc, token = null, onRetry, onDiscard }: Props) {
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const items = timeline(log);
  const time = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? ""
      : date.toLocaleTimeString(i18n.language, { hour: "2-digit", minute: "2-digit" });
  };

  useLayoutEffect(() => {
    const box = scroller.current;
    if (box && pinned.current && items.length > 0) box.scrollTop = box.scrollHeight;
  }, [items.length]);

  return (
    <div
      className="chat-messages"
      ref={scroller}
      onScroll={(event) => {
        const box = event.currentTarget;
        pinned.current = box.scrollHeight - box.scrollTop - box.clientHeight < 48;
      }}
      data-testid="chat-messages"
    >
      <ol className="chat-messages__list" aria-label={t("chat.conversation")}>
        {items.map((item) => {
          const message = item.kind === "message" ? item.message : null;
          const { body, attachments, createdAt } = item.kind === "message" ? item.message : item.pending;
          const author = message ? message.authorType : side;
          if (author === "system") {
            return (
              <li key={item.key} className="chat-note" data-testid="chat-message" data-author="system">
                {body}
              </li>
            );
          }
          const mine = author === side;
          const delivery = mine
            ? deliveryOf(log, item.kind === "message" ? item.message : item.pending)
            : null;
          const who = mine
            ? t("chat.you")
            : (message?.authorName ?? t(side === "customer" ? "chat.support" : "chat.customer"));
          return (
            <li
              key={item.key}
              className={`chat-bubble chat-bubble--${mine ? "mine" : "theirs"}`}
              data-testid="chat-message"
              data-author={author}
              data-delivery={delivery ?? undefined}
            >
              <span className="visually-hidden">{who}: </span>
              {!mine && (
                <span className="chat-bubble__author" aria-hidden="true">
                  {who}
                </span>
              )}
              {body && <p className="chat-bubble__body">{body}</p>}
              {attachments.length > 0 && (
                <div className="chat-bubble__images">
                  {attachments.map((a) => (
                    <ChatImage key={a.id} attachment={a} src={imageSrc(a)} token={token} />
                  ))}
                </div>
              )}
              <span className="chat-bubble__meta">
                <time dateTime={createdAt}>{time(createdAt)}</time>
                {delivery && <Ticks delivery={delivery} />}
              </span>
              {delivery === "failed" && item.kind === "pending" && (
                <span className="chat-bubble__failed">
                  {item.pending.failed}{" "}
                  {onRetry && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onRetry(item.pending.clientId)}
                    >
                      {t("chat.retry")}
                    </button>
                  )}{" "}
                  {onDiscard && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onDiscard(item.pending.clientId)}
                    >
                      {t("chat.discard")}
                    </button>
                  )}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <Announcer log={log} side={side} />
    </div>
  );
}

/** A clock while sending, ✓ stored, ✓✓ on their screen, ✓✓ in gold once read; the words are there for screen readers. */
function Ticks({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  const marks = { sending: "◷", sent: "✓", delivered: "✓✓", read: "✓✓", failed: "!" }[delivery];
  return (
    <span className={`chat-ticks chat-ticks--${delivery}`} title={t(`chat.delivery.${delivery}`)}>
      <span aria-hidden="true">{marks}</span>
      <span className="visually-hidden">{t(`chat.delivery.${delivery}`)}</span>
    </span>
  );
}

/** Reads out each new message from the other side (not the whole history when the chat opens). */
function Announcer({ log, side }: { log: ChatLog; side: ChatSide }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const seen = useRef<number | null>(null);
  useEffect(() => {
    const last = log.messages.at(-1);
    if (seen.current === null) {
      seen.current = last?.seq ?? 0;
      return;
    }
    if (!last || last.seq <= seen.current) return;
    seen.current = last.seq;
    if (last.authorType === side) return;
    const who = last.authorName ?? t(side === "customer" ? "chat.support" : "chat.customer");
    setText(t("chat.announce", { name: who, body: last.body || t("chat.imageOnly") }));
  }, [log.messages, side, t]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="chat-announcer">
      {text}
    </p>
  );
}
