import { useTranslation } from "react-i18next";
import type { DevMessage } from "../api/devMessages";
import { messageHeadline } from "../api/devMessages";
import { currentLanguage } from "../i18n";
import { useNow } from "../lib/hooks";
import { formatDateTime, formatRelative, parseDate } from "../lib/time";

export function ChannelBadge({ channel }: { channel: DevMessage["channel"] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${channel}`}>
      {channel === "email" ? t("mailbox.channelEmail") : t("mailbox.channelSms")}
    </span>
  );
}

export function MessageList({
  messages,
  selectedId,
  onSelect,
}: {
  messages: DevMessage[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const now = useNow(15_000);
  const lang = currentLanguage();
  return (
    <ul className="message-list" aria-label={t("mailbox.listLabel")}>
      {messages.map((message) => {
        const date = parseDate(message.createdAt);
        const headline = messageHeadline(message);
        const selected = message.id === selectedId;
        return (
          <li key={message.id}>
            <button
              type="button"
              className="message-item"
              aria-current={selected ? "true" : undefined}
              data-testid="message-item"
              onClick={() => onSelect(message.id)}
            >
              <span className="message-item__top">
                <ChannelBadge channel={message.channel} />
                <span className="message-item__to">{message.to}</span>
                {date && (
                  <time
                    className="message-item__time"
                    dateTime={message.createdAt}
                    title={formatDateTime(date, lang)}
                  >
                    {formatRelative(date, now, lang, t("time.justNow"))}
                  </time>
                )}
              </span>
              <span className="message-item__headline">{headline ?? t("mailbox.noSubject")}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
