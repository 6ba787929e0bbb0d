import { useCallback, useEffect, useRef, useState } from "react";
import { markViewing, stopViewing, stopViewingOnExit, type Viewer } from "../../../api/consoleLive";
import { useConsoleLive } from "../live";

/** "I am here" is posted this often while the ticket is open (the server forgets a viewer after 30 s). */
export const VIEWING_HEARTBEAT_MS = 10_000;
/** A keystroke counts as typing for this long (the server keeps "typing" 8 s). */
const TYPING_MS = 6_000;
/** At most one "typing" post this often, however fast the agent types. */
const TYPING_POST_MS = 4_000;
/**
 * Events that come together (arrivals, typing) are answered with one post. The server announces
 * viewers.changed only on an arrival or a change of typing, so answering with an unchanged state
 * announces nothing and two consoles never keep each other busy.
 */
const COALESCE_MS = 300;

/**
 * The other agents on this ticket (collision warnings): posts "viewing" on open, every 10 s and
 * when the agent starts or stops typing; asks again when someone else arrives or leaves; says goodbye
 * (DELETE) on leaving.
 */
export function useViewing(ticketId: string) {
  const live = useConsoleLive();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const lastTypingPost = useRef(0);
  const lastKey = useRef(0);
  const stopTimer = useRef<number | undefined>(undefined);

  const post = useCallback(
    async (typing: boolean) => {
      if (typing) lastTypingPost.current = Date.now();
      try {
        setViewers(await markViewing(ticketId, typing));
      } catch {
        // Collision warnings are a courtesy: a failed post is tried again with the next heartbeat.
      }
    },
    [ticketId],
  );

  const isTyping = useCallback(() => Date.now() - lastKey.current < TYPING_MS, []);

  useEffect(() => {
    void post(false);
    const timer = window.setInterval(() => void post(isTyping()), VIEWING_HEARTBEAT_MS);
    // Leaving the page altogether (tab closed, reload) unmounts nothing: say goodbye on the way out.
    const onExit = () => stopViewingOnExit(ticketId);
    window.addEventListener("pagehide", onExit);
    return () => {
      window.removeEventListener("pagehide", onExit);
      window.clearInterval(timer);
      window.clearTimeout(stopTimer.current);
      setViewers([]);
      void stopViewing(ticketId).catch(() => undefined);
    };
  }, [ticketId, post, isTyping]);

  useEffect(() => {
    let pending: number | undefined;
    const stop = live.subscribe((event) => {
      if (event.type !== "viewers.changed" || event.ticketId !== ticketId || pending !== undefined) return;
      pending = window.setTimeout(() => {
        pending = undefined;
        void post(isTyping());
      }, COALESCE_MS);
    });
    return () => {
      stop();
      window.clearTimeout(pending);
    };
  }, [live.subscribe, ticketId, post, isTyping]);

  /** Called on each keystroke in the composer. */
  const typed = useCallback(() => {
    const now = Date.now();
    const wasTyping = isTyping();
    lastKey.current = now;
    if (!wasTyping || now - lastTypingPost.current >= TYPING_POST_MS) void post(true);
    // When the typing stops, say so at once rather than at the next heartbeat.
    window.clearTimeout(stopTimer.current);
    stopTimer.current = window.setTimeout(() => void post(false), TYPING_MS);
  }, [isTyping, post]);

  return { viewers, typed };
}
