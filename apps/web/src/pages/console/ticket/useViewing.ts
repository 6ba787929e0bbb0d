import { useCallback, useEffect, useRef, useState } from "react";
import { markViewing, stopViewing, type Viewer } from "../../../api/consoleLive";
import { useConsoleLive } from "../live";

/** "I am here" is posted this often while the ticket is open (the server forgets a viewer after 30 s). */
export const VIEWING_HEARTBEAT_MS = 10_000;
/** A keystroke counts as typing for this long (the server keeps "typing" 8 s). */
const TYPING_MS = 6_000;
/** At most one "typing" post this often, however fast the agent types. */
const TYPING_POST_MS = 4_000;
/**
 * After our own post, a viewers.changed event is most likely its echo: asking again then would
 * make two consoles answer each other's posts for ever.
 */
const ECHO_MS = 3_000;

/**
 * The other agents on this ticket (collision warnings): posts "viewing" on open, every 10 s and
 * when the agent starts or stops typing; asks again when someone else arrives or leaves; says goodbye
 * (DELETE) on leaving.
 */
export function useViewing(ticketId: string) {
  const live = useConsoleLive();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const lastPost = useRef(0);
  const lastTypingPost = useRef(0);
  const lastKey = useRef(0);
  const stopTimer = useRef<number | undefined>(undefined);

  const post = useCallback(
    async (typing: boolean) => {
      const at = Date.now();
      lastPost.current = at;
      if (typing) lastTypingPost.current = at;
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
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(stopTimer.current);
      setViewers([]);
      void stopViewing(ticketId).catch(() => undefined);
    };
  }, [ticketId, post, isTyping]);

  useEffect(
    () =>
      live.subscribe((event) => {
        if (event.type !== "viewers.changed" || event.ticketId !== ticketId) return;
        if (Date.now() - lastPost.current < ECHO_MS) return;
        void post(isTyping());
      }),
    [live.subscribe, ticketId, post, isTyping],
  );

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
