import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { type AgentChat, listAgentChats } from "../../../api/chatAgent";
import type { ChatSocket } from "../../../api/chatSocket";
import { useConsoleLive } from "../live";
import { consoleKeys } from "../queries";

/** The chat lists are asked again this often, besides whenever a support event arrives. */
export const CHAT_POLL_MS = 4_000;

export const chatKeys = {
  list: [...consoleKeys.all, "chats"] as const,
};

/** Waiting chats and mine, kept fresh by polling and by the console's live events. */
export function useAgentChats() {
  const live = useConsoleLive();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: chatKeys.list,
    queryFn: ({ signal }) => listAgentChats(signal),
    refetchInterval: CHAT_POLL_MS,
    refetchIntervalInBackground: true,
  });
  useEffect(
    () =>
      live.subscribe((event) => {
        if (event.type !== "viewers.changed") void queryClient.invalidateQueries({ queryKey: chatKeys.list });
      }),
    [live, queryClient],
  );
  return query;
}

/**
 * The chats open on this page: mine as the server lists them, plus ones that just left the list
 * (ended) until the agent closes them, so an ending never makes a conversation vanish mid-read.
 * Each is joined on the socket while it is open here.
 */
export function useOpenChats(mine: readonly AgentChat[] | undefined, socket: ChatSocket | null) {
  const [open, setOpen] = useState<AgentChat[]>([]);

  useEffect(() => {
    if (!mine) return;
    setOpen((before) => {
      const listed = new Map(mine.map((c) => [c.id, c]));
      const kept = before.map((c) => listed.get(c.id) ?? { ...c, state: "ended" as const });
      const added = mine.filter((c) => !before.some((b) => b.id === c.id));
      return [...kept, ...added];
    });
  }, [mine]);

  useEffect(() => {
    if (!socket) return;
    for (const chat of open) socket.join(chat.id);
  }, [open, socket]);

  const add = (chat: AgentChat) => {
    setOpen((before) =>
      before.some((c) => c.id === chat.id) ? before : [...before, { ...chat, state: "active" }],
    );
  };
  const close = (chatId: string) => {
    socket?.leave(chatId);
    setOpen((before) => before.filter((c) => c.id !== chatId));
  };
  return { open, add, close };
}
