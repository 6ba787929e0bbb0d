import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../auth/hooks";
import { roleAllows } from "../../auth/RequireRole";
import { ChatPanel } from "./ChatPanel";
import { focusFirstField } from "./ChatWidget";
import { EMBED_SOURCE, type EmbedPayload, embedLanguage, hostCommand, hostOrigin } from "./embedBridge";
import { useCustomerChat } from "./useCustomerChat";
import { usePageVisible } from "./useTyping";
import "./chat.css";

/**
 * The chat panel alone, for the iframe that /chat-widget.js opens on another site (the layout
 * renders no header or footer here). It speaks to the host page by postMessage, to that page's
 * origin only; opened on its own (not in a frame) it is simply the chat.
 */
export function ChatEmbedPage() {
  const { t, i18n } = useTranslation();
  const [search] = useState(() => window.location.search);
  const [origin] = useState(() => hostOrigin(search, document.referrer));
  const framed = window.parent !== window;
  const [open, setOpen] = useState(() => !framed || new URLSearchParams(search).get("open") === "1");
  const pageVisible = usePageVisible();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);

  // The host page's language (data-lang), for this frame only: not remembered for the whole site.
  useLayoutEffect(() => {
    const lang = embedLanguage(search);
    if (lang && lang !== i18n.language) void i18n.changeLanguage(lang);
  }, [search, i18n]);

  useEffect(() => {
    document.title = t("chat.title");
  }, [t]);

  const { user, status } = useMe();
  const signedIn = !!user && !roleAllows(user.role, "support");
  const chat = useCustomerChat({ signedIn, enabled: status !== "loading" });

  const post = useCallback(
    (message: EmbedPayload) => {
      if (framed && origin) window.parent.postMessage({ source: EMBED_SOURCE, ...message }, origin);
    },
    [framed, origin],
  );

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const command = hostCommand(event, origin);
      if (command) setOpen(command === "open");
    };
    window.addEventListener("message", onMessage);
    post({ type: "ready" });
    return () => window.removeEventListener("message", onMessage);
  }, [origin, post]);

  // Into the panel when the visitor opens it, and again once the form or conversation is there.
  const phase = chat.phase.kind;
  useEffect(() => {
    if (open && phase !== "checking") focusFirstField(panel.current);
  }, [open, phase]);

  useEffect(() => {
    post({ type: "unread", count: open ? 0 : chat.unread });
  }, [open, chat.unread, post]);

  const going = chat.phase.kind === "chat" && chat.log?.state !== "ended" && chat.log?.state !== "offline";
  useEffect(() => {
    post({ type: "active", active: going });
  }, [going, post]);

  return (
    <main className="chat-embed" data-testid="chat-embed">
      <section
        ref={panel}
        className="chat-panel chat-panel--embedded"
        aria-labelledby={headingId}
        onKeyDown={(event) => {
          if (event.key === "Escape" && framed) post({ type: "close" });
        }}
        data-testid="chat-panel"
      >
        <ChatPanel
          chat={chat}
          signedIn={signedIn}
          greetingName={user?.name?.trim().split(/\s+/)[0] ?? null}
          visible={open && pageVisible}
          headingId={headingId}
          embedded
          {...(framed ? { onClose: () => post({ type: "close" }) } : {})}
        />
      </section>
    </main>
  );
}
