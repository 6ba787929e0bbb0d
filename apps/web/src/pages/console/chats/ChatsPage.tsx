import { useQueryClient } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { AgentChat, AgentChats } from "../../../api/chatAgent";
import { unreadCount } from "../../../api/chatLog";
import type { ChatSnapshot } from "../../../api/chatSocket";
import { useDocumentTitle } from "../../../lib/hooks";
import { useChatSocket } from "../../chat/useChatSocket";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { useConsoleLive } from "../live";
import { AgentChatView } from "./AgentChatView";
import { chatKeys, useAgentChats, useOpenChats } from "./useAgentChats";
import { WaitingList } from "./WaitingList";
import { newcomers } from "./waitTime";
import "../../chat/chat.css";
import "./chats.css";

/**
 * Live chats: the waiting queue on the left (Take), my chats below it as tabs with their unread
 * counts, and the chosen conversation with the customer beside it. Every open chat stays mounted,
 * so a half-written answer in one survives a look at another.
 */
export function ChatsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("chat.console.title"));
  const live = useConsoleLive();
  const list = useAgentChats();
  const queryClient = useQueryClient();
  const { socket, snapshot } = useChatSocket({ side: "agent" });
  const { open, add, close } = useOpenChats(list.data?.mine, socket);
  const [params, setParams] = useSearchParams();
  const chosen = params.get("chat");
  const selected = open.find((c) => c.id === chosen) ?? open[0] ?? null;
  const select = (chatId: string) =>
    setParams(
      (p) => {
        p.set("chat", chatId);
        return p;
      },
      { replace: true },
    );
  const announcement = useNewWaitingAnnouncement(list.data?.waiting);

  return (
    <div className="console-chats" data-testid="chats-page">
      <div className="console-chats__lists">
        <header className="console-chats__head">
          <h1>{t("chat.console.title")}</h1>
          {list.data && (
            <p className="muted small" data-testid="chats-agents-online">
              {t("chat.console.agentsOnline", { count: list.data.agentsOnline })}
            </p>
          )}
        </header>
        {live.presence === "away" && (
          <p className="console-chats__away small" role="status">
            {t("chat.console.away")}
          </p>
        )}
        {list.isPending && <Loading />}
        {list.isError && !list.data && (
          <LoadFailed
            title={t("chat.console.loadError")}
            error={list.error}
            onRetry={() => void list.refetch()}
          />
        )}
        {list.data && (
          <WaitingList
            waiting={list.data.waiting}
            onTaken={(chat) => {
              // Out of the queue at once, not at the next poll.
              queryClient.setQueryData<AgentChats>(chatKeys.list, (data) =>
                data ? { ...data, waiting: data.waiting.filter((c) => c.id !== chat.id) } : data,
              );
              add(chat);
              select(chat.id);
              void list.refetch();
            }}
          />
        )}
        <MyChatTabs chats={open} selectedId={selected?.id ?? null} snapshot={snapshot} onSelect={select} />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      <div className="console-chats__main">
        {open.length === 0 && <p className="muted console-chats__choose">{t("chat.console.mine.choose")}</p>}
        {open.map((chat) => (
          <AgentChatView
            key={chat.id}
            chat={chat}
            socket={socket}
            log={snapshot.logs.get(chat.id) ?? null}
            status={snapshot.status}
            shown={chat.id === selected?.id}
            onEnded={() => void list.refetch()}
            onClose={() => close(chat.id)}
          />
        ))}
      </div>
    </div>
  );
}

/** My open chats as vertical tabs (arrow keys move between them), each with its unread count. */
function MyChatTabs({
  chats,
  selectedId,
  snapshot,
  onSelect,
}: {
  chats: AgentChat[];
  selectedId: string | null;
  snapshot: ChatSnapshot;
  onSelect: (chatId: string) => void;
}) {
  const { t } = useTranslation();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step === 0 || chats.length === 0) return;
    event.preventDefault();
    const next = (index + step + chats.length) % chats.length;
    const chat = chats[next];
    if (!chat) return;
    onSelect(chat.id);
    tabs.current[next]?.focus();
  };
  return (
    <section className="console-chats__mine" aria-labelledby="my-chats-title">
      <h2 id="my-chats-title" className="console-chats__subtitle">
        {t("chat.console.mine.title")} <span className="muted">({chats.length})</span>
      </h2>
      {chats.length === 0 ? (
        <p className="muted small">{t("chat.console.mine.empty")}</p>
      ) : (
        <div
          role="tablist"
          aria-orientation="vertical"
          aria-label={t("chat.console.mine.label")}
          className="console-chats__tabs"
        >
          {chats.map((chat, index) => {
            const log = snapshot.logs.get(chat.id);
            const unread = log ? unreadCount(log, "agent") : chat.unread;
            const selected = chat.id === selectedId;
            const ended = chat.state === "ended" || log?.state === "ended";
            const preview = log?.messages.at(-1)?.body || chat.lastMessage;
            return (
              <button
                key={chat.id}
                ref={(el) => {
                  tabs.current[index] = el;
                }}
                type="button"
                role="tab"
                id={`chat-tab-${chat.id}`}
                aria-selected={selected}
                aria-controls={`chat-view-${chat.id}`}
                tabIndex={selected ? 0 : -1}
                className={`console-chats__tab${ended ? " console-chats__tab--ended" : ""}`}
                onClick={() => onSelect(chat.id)}
                onKeyDown={(event) => onKeyDown(event, index)}
                data-testid="chat-tab"
                data-chat-id={chat.id}
              >
                <span className="console-chats__tab-name">
                  {chat.customer.name ?? chat.customer.email ?? t("chat.console.guest")}
                </span>
                <span className="console-chats__tab-meta muted small">
                  #{chat.number}
                  {preview ? ` · ${preview}` : ""}
                </span>
                {unread > 0 && !selected && (
                  <span className="console-chats__unread" data-testid="chat-tab-unread">
                    <span aria-hidden="true">{unread}</span>
                    <span className="visually-hidden">{t("chat.console.unread", { count: unread })}</span>
                  </span>
                )}
              </button>
            );
          })}
        </div>
      )}
    </section>
  );
}

/** "New chat waiting: Li Wei", read out when a chat joins the queue while the page is open. */
function useNewWaitingAnnouncement(waiting: AgentChat[] | undefined): string {
  const { t } = useTranslation();
  const before = useRef<AgentChat[] | null>(null);
  const [text, setText] = useState("");
  useEffect(() => {
    if (!waiting) return;
    const fresh = newcomers(before.current, waiting);
    before.current = waiting;
    const first = fresh[0];
    if (first)
      setText(
        t("chat.console.newWaiting", {
          name: first.customer.name ?? first.customer.email ?? t("chat.console.guest"),
        }),
      );
  }, [waiting, t]);
  return text;
}
