import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DevMessage } from "../api/devMessages";
import { messageHeadline } from "../api/devMessages";
import { currentLanguage } from "../i18n";
import { formatDateTime, parseDate } from "../lib/time";
import { ChannelBadge } from "./MessageList";

type View = "html" | "text";

/** One message. Email HTML is rendered in a fully sandboxed iframe (no scripts, no same-origin access). */
export function MessageDetail({ message }: { message: DevMessage }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>(message.html ? "html" : "text");
  const date = parseDate(message.createdAt);
  const headline = messageHeadline(message) ?? t("mailbox.noSubject");
  const isEmail = message.channel === "email";
  const tabId = (v: View) => `message-${message.id}-tab-${v}`;
  const panelId = `message-${message.id}-panel`;

  return (
    <article className="message-detail" data-testid="message-detail">
      <header className="message-detail__head">
        <ChannelBadge channel={message.channel} />
        <h2>{isEmail ? headline : message.to}</h2>
        <dl className="message-detail__meta">
          <div>
            <dt>{t("mailbox.to")}</dt>
            <dd>{message.to}</dd>
          </div>
          {date && (
            <div>
              <dt>{t("mailbox.sent")}</dt>
              <dd>
                <time dateTime={message.createdAt}>{formatDateTime(date, currentLanguage())}</time>
              </dd>
            </div>
          )}
        </dl>
      </header>

      {isEmail && message.html ? (
        <>
          <div className="tabs" role="tablist" aria-label={t("mailbox.viewLabel")}>
            {(["html", "text"] as const).map((v) => (
              <button
                key={v}
                id={tabId(v)}
                type="button"
                role="tab"
                aria-selected={view === v}
                aria-controls={panelId}
                tabIndex={view === v ? 0 : -1}
                onClick={() => setView(v)}
                onKeyDown={(event) => {
                  if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
                    const next: View = v === "html" ? "text" : "html";
                    setView(next);
                    document.getElementById(tabId(next))?.focus();
                  }
                }}
              >
                {v === "html" ? t("mailbox.tabHtml") : t("mailbox.tabText")}
              </button>
            ))}
          </div>
          <div className="tab-panel" id={panelId} role="tabpanel" aria-labelledby={tabId(view)}>
            {view === "html" ? (
              <iframe
                className="mail-frame"
                sandbox=""
                srcDoc={message.html}
                title={t("mailbox.htmlFrameTitle", { subject: headline })}
                data-testid="message-html"
              />
            ) : (
              <PlainText text={message.text} />
            )}
          </div>
        </>
      ) : (
        <PlainText text={message.text} />
      )}
    </article>
  );
}

function PlainText({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <pre className="message-text" data-testid="message-text">
      {text || t("mailbox.noText")}
    </pre>
  );
}
