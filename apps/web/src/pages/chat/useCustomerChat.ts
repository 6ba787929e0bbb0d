import { useCallback, useEffect, useMemo, useState } from "react";
import {
  type ChatSession,
  currentChat,
  endChat,
  savedGuestChat,
  saveGuestChat,
  startChat,
} from "../../api/chat";
import { type ChatLog, emptyLog, unreadCount } from "../../api/chatLog";
import type { ChatSnapshot, ChatSocket } from "../../api/chatSocket";
import { currentLanguage } from "../../i18n";
import { useChatSocket } from "./useChatSocket";

export type CustomerChatPhase =
  | { kind: "checking" }
  | { kind: "intro" }
  | { kind: "chat"; session: ChatSession };

export interface CustomerChat {
  phase: CustomerChatPhase;
  /** The chat's live state: the socket's when it has one, else what the REST answer said. */
  log: ChatLog | null;
  socket: ChatSocket | null;
  status: ChatSnapshot["status"];
  error: ChatSnapshot["error"];
  unread: number;
  start: (input: { name?: string; email?: string; message?: string }) => Promise<void>;
  /** Ends the chat for both sides (the conversation stays on screen). */
  end: () => Promise<void>;
  /** Leaves an ended or offline chat behind, to start another. */
  reset: () => void;
  token: string | null;
}

/**
 * The customer's chat, whichever page they are on: a signed-in customer's open chat is found
 * with GET …/current; a guest's by the token this tab kept. The socket stays up while the panel
 * is closed, so the launcher can count unread messages.
 */
export function useCustomerChat({
  signedIn,
  enabled,
}: {
  signedIn: boolean;
  enabled: boolean;
}): CustomerChat {
  const [phase, setPhase] = useState<CustomerChatPhase>({ kind: "checking" });

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const guest = signedIn ? null : savedGuestChat();
    if (!signedIn && !guest) {
      setPhase({ kind: "intro" });
      return;
    }
    setPhase({ kind: "checking" });
    currentChat(guest?.token ?? null, controller.signal)
      .then((session) => {
        if (!session || session.state === "ended") {
          if (guest) saveGuestChat(null);
          setPhase({ kind: "intro" });
        } else {
          setPhase({ kind: "chat", session });
        }
      })
      .catch(() => {
        // Unreachable for now: offer a new chat; a guest's saved one is tried again next page.
        if (!controller.signal.aborted) setPhase({ kind: "intro" });
      });
    return () => controller.abort();
  }, [signedIn, enabled]);

  const session = phase.kind === "chat" ? phase.session : null;
  // An offline chat is an ordinary ticket answered by email: nothing to connect to.
  const live = session && session.state !== "offline" ? session : null;
  const { socket, snapshot } = useChatSocket(
    live ? { side: "customer", chatId: live.chatId, token: live.token } : null,
  );

  const log = useMemo((): ChatLog | null => {
    if (!session) return null;
    const fromSocket = snapshot.logs.get(session.chatId);
    if (fromSocket) {
      // Ended here: say so even before (or without) the server's state frame.
      return session.state === "ended" && fromSocket.state !== "ended"
        ? { ...fromSocket, state: "ended" }
        : fromSocket;
    }
    return {
      ...emptyLog(session.chatId),
      state: session.state,
      queuePosition: session.queuePosition,
      agentsOnline: session.agentsOnline,
      agentName: session.agentName,
      expectedReply: session.expectedReply,
    };
  }, [session, snapshot.logs]);

  // Over (ended by the agent, or turned into an emailed ticket): the next page starts afresh.
  const over = log?.state === "ended" || log?.state === "offline";
  useEffect(() => {
    if (over && !signedIn) saveGuestChat(null);
  }, [over, signedIn]);

  const start = useCallback(
    async (input: { name?: string; email?: string; message?: string }) => {
      const created = await startChat({ ...input, language: currentLanguage() });
      if (!signedIn && created.token && created.state !== "offline") {
        saveGuestChat({ chatId: created.chatId, token: created.token });
      }
      setPhase({ kind: "chat", session: created });
    },
    [signedIn],
  );

  const end = useCallback(async () => {
    if (!session) return;
    await endChat(session.chatId, session.token);
    if (!signedIn) saveGuestChat(null);
    // The server's state frame ends it on screen too; an offline or dropped socket needs it said here.
    setPhase({ kind: "chat", session: { ...session, state: "ended" } });
  }, [session, signedIn]);

  const reset = useCallback(() => {
    if (!signedIn) saveGuestChat(null);
    setPhase({ kind: "intro" });
  }, [signedIn]);

  return {
    phase,
    log,
    socket,
    status: snapshot.status,
    error: snapshot.error,
    unread: log ? unreadCount(log, "customer") : 0,
    start,
    end,
    reset,
    token: session?.token ?? null,
  };
}
