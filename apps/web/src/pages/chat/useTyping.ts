import { useEffect, useState } from "react";
import { type ChatLog, TYPING_SHOWN_MS } from "../../api/chatLog";

/** Whether "… is typing" shows now; it goes away by itself when the typing frames stop. */
export function useOtherTyping(log: ChatLog | null | undefined): boolean {
  const at = log?.otherTypingAt ?? null;
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (at === null) {
      setShown(false);
      return;
    }
    const left = at + TYPING_SHOWN_MS - Date.now();
    setShown(left > 0);
    const timer = window.setTimeout(() => setShown(false), Math.max(0, left));
    return () => window.clearTimeout(timer);
  }, [at]);
  return shown;
}

/** Whether this page is on screen (not a background tab): only then does reading count. */
export function usePageVisible(): boolean {
  const [visible, setVisible] = useState(
    () => typeof document === "undefined" || document.visibilityState === "visible",
  );
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState === "visible");
    document.addEventListener("visibilitychange", onChange);
    return () => document.removeEventListener("visibilitychange", onChange);
  }, []);
  return visible;
}
