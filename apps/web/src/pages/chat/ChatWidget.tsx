import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { savedPanelOpen, savePanelOpen } from "../../api/chat";
import { ChatPanel } from "./ChatPanel";
import { useCustomerChat } from "./useCustomerChat";
import { usePageVisible } from "./useTyping";
import "./chat.css";

/** Moves focus into the panel: the first field to fill, else the message box, else the first button. */
export function focusFirstField(root: HTMLElement | null): void {
  const target =
    root?.querySelector<HTMLElement>("input:not([type=hidden]):not([hidden]):not(:disabled)") ??
    root?.querySelector<HTMLElement>("textarea:not(:disabled)") ??
    root?.querySelector<HTMLElement>("button:not(:disabled)");
  target?.focus();
}

/**
 * The floating "Chat with us" button and its panel, on the customer pages. The panel stays
 * mounted while minimized (the conversation, a half-written message and the connection go on),
 * and whether it was open is remembered for the next page of this tab.
 */
export function ChatWidget({ signedIn, greetingName }: { signedIn: boolean; greetingName: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(savedPanelOpen);
  const chat = useCustomerChat({ signedIn, enabled: true });
  const pageVisible = usePageVisible();
  const launcher = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const panelId = useId();
  const headingId = useId();
  // Focus moves only when the person opens or closes the panel, never on its own at page load
  // (a panel left open on the previous page must not pull focus away from this page).
  const userToggled = useRef(false);

  useEffect(() => {
    savePanelOpen(open);
    if (!userToggled.current) return;
    if (open) focusFirstField(panel.current);
    else launcher.current?.focus();
  }, [open]);

  // The form or conversation appears after the open chat was looked up (or the chat started): focus it then.
  const phase = chat.phase.kind;
  useEffect(() => {
    if (open && userToggled.current && phase !== "checking") focusFirstField(panel.current);
  }, [phase, open]);

  const toggle = (next: boolean) => {
    userToggled.current = true;
    setOpen(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      toggle(false);
    }
  };

  return (
    <div className="chat-widget" data-testid="chat-widget">
      <section
        ref={panel}
        id={panelId}
        className="chat-panel chat-panel--floating"
        role="dialog"
        aria-modal="false"
        aria-labelledby={headingId}
        hidden={!open}
        onKeyDown={onKeyDown}
        data-testid="chat-panel"
      >
        <ChatPanel
          chat={chat}
          signedIn={signedIn}
          greetingName={greetingName}
          visible={open && pageVisible}
          headingId={headingId}
          onClose={() => toggle(false)}
        />
      </section>
      <button
        ref={launcher}
        type="button"
        className="chat-launcher"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => toggle(!open)}
        data-testid="chat-launcher"
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M4 5h16a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-9l-5 4v-4H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinejoin="round"
          />
        </svg>
        <span className="chat-launcher__label">{open ? t("chat.minimize") : t("chat.title")}</span>
        {!open && chat.unread > 0 && (
          <span className="chat-launcher__badge" data-testid="chat-unread">
            <span aria-hidden="true">{chat.unread}</span>
            <span className="visually-hidden">{t("chat.unread", { count: chat.unread })}</span>
          </span>
        )}
      </button>
    </div>
  );
}
