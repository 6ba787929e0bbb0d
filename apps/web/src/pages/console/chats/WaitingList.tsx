import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type AgentChat, takeChat } from "../../../api/chatAgent";
import { useNow } from "../../../lib/hooks";
import { parseDate } from "../../../lib/time";
import { formatWait } from "./waitTime";

/** The customers waiting, in the order they will be served, each with how long they have waited. */
export function WaitingList({
  waiting,
  onTaken,
}: {
  waiting: AgentChat[];
  onTaken: (chat: AgentChat) => void;
}) {
  const { t } = useTranslation();
  const now = useNow(1_000);
  const take = useMutation({
    mutationFn: async (chat: AgentChat) => {
      await takeChat(chat.id);
      return chat;
    },
    onSuccess: onTaken,
  });

  return (
    <section
      className="console-chats__waiting"
      aria-labelledby="waiting-chats-title"
      data-testid="chats-waiting"
    >
      <h2 id="waiting-chats-title" className="console-chats__subtitle">
        {t("chat.console.waiting.title")} <span className="muted">({waiting.length})</span>
      </h2>
      {take.isError && (
        <p className="chat-composer__problem" role="alert">
          {t("chat.console.waiting.takeFailed")}
        </p>
      )}
      {waiting.length === 0 ? (
        <p className="muted small">{t("chat.console.waiting.empty")}</p>
      ) : (
        <ol className="console-chats__queue">
          {waiting.map((chat) => {
            const since = chat.waitingSince ? parseDate(chat.waitingSince) : null;
            const name = chat.customer.name ?? chat.customer.email ?? t("chat.console.guest");
            const taking = take.isPending && take.variables?.id === chat.id;
            return (
              <li
                key={chat.id}
                className="console-chats__waiting-row"
                data-testid="chat-waiting"
                data-chat-id={chat.id}
              >
                <div className="console-chats__waiting-who">
                  <strong>{name}</strong>
                  <span className="muted small">
                    #{chat.number}
                    {chat.queuePosition
                      ? ` · ${t("chat.console.waiting.position", { position: chat.queuePosition })}`
                      : ""}
                    {since
                      ? ` · ${t("chat.console.waiting.waited", { time: formatWait(now - since.getTime()) })}`
                      : ""}
                  </span>
                  {chat.lastMessage && (
                    <span className="console-chats__preview small">{chat.lastMessage}</span>
                  )}
                </div>
                <button
                  type="button"
                  className="button button--small button--primary"
                  disabled={take.isPending}
                  onClick={() => take.mutate(chat)}
                  aria-label={`${t("chat.console.waiting.take")}: ${name}`}
                  data-testid="chat-take"
                >
                  {taking ? t("chat.console.waiting.taking") : t("chat.console.waiting.take")}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
