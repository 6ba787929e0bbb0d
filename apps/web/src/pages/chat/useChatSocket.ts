import { useEffect, useState, useSyncExternalStore } from "react";
import { type ChatSnapshot, ChatSocket } from "../../api/chatSocket";

const IDLE: ChatSnapshot = { status: "stopped", logs: new Map(), error: null };
const noSubscribe = () => () => undefined;

/**
 * A chat socket for as long as the component is mounted (and `enabled`): customers pass their
 * chat (and a guest its token), agents nothing. It tries again at once when the browser comes
 * back online or the tab becomes visible, instead of waiting out the backoff.
 */
export function useChatSocket(
  options: { side: "customer"; chatId: string; token: string | null } | { side: "agent" } | null,
): { socket: ChatSocket | null; snapshot: ChatSnapshot } {
  const side = options?.side ?? null;
  const chatId = options?.side === "customer" ? options.chatId : null;
  const token = options?.side === "customer" ? options.token : null;
  const [socket, setSocket] = useState<ChatSocket | null>(null);

  useEffect(() => {
    if (!side) return;
    const next = new ChatSocket(side === "customer" ? { side, chatId: chatId ?? "", token } : { side });
    setSocket(next);
    next.start();
    const wake = () => {
      if (document.visibilityState === "visible") next.reconnectNow();
    };
    window.addEventListener("online", wake);
    document.addEventListener("visibilitychange", wake);
    return () => {
      window.removeEventListener("online", wake);
      document.removeEventListener("visibilitychange", wake);
      next.stop();
      setSocket(null);
    };
  }, [side, chatId, token]);

  const snapshot = useSyncExternalStore(
    socket?.subscribe ?? noSubscribe,
    socket?.getSnapshot ?? (() => IDLE),
  );
  return { socket, snapshot };
}
