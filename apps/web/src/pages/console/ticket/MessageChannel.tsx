import { useTranslation } from "react-i18next";
import type { TicketMessage } from "../../../api/consoleTicket";
import { Icon, type IconName } from "../../../components/Icon";
import { type DeliveryView, deliveryView, isMessageChannel, type MessageChannel } from "./replyChannels";

const CHANNEL_ICONS: Record<MessageChannel, IconName> = {
  email: "mail",
  chat: "send",
  messenger: "send",
  x: "send",
  phone: "phone",
  web: "monitor",
};

/** "Email", "Chat", "Phone", "Messenger", "X", "Web": the way a message came or went. */
export function ChannelBadge({ channel }: { channel: string }) {
  const { t } = useTranslation();
  const known = isMessageChannel(channel) ? channel : "web";
  return (
    <span
      className={`badge ${known === "email" ? "badge--email" : "badge--neutral"}`}
      data-testid="message-channel"
      data-channel={known}
    >
      <Icon name={CHANNEL_ICONS[known]} size={12} /> {t(`consoleChannels.channel.${known}`)}
    </span>
  );
}

const TONES: Record<DeliveryView["state"], string> = {
  queued: "badge--neutral",
  retrying: "badge--warning",
  sent: "badge--ok",
  delivered: "badge--ok",
  read: "badge--ok",
  failed: "badge--danger",
};

/** An agent's reply through email, Messenger or X: queued, retrying (why), sent, delivered, read, failed (why). */
export function DeliveryState({ message }: { message: TicketMessage }) {
  const { t } = useTranslation();
  const view = deliveryView(message);
  if (!view) return null;
  return (
    <span className="console-delivery" data-testid="message-delivery" data-state={view.state}>
      <span className={`badge ${TONES[view.state]}`} title={t(`consoleChannels.delivery.hint.${view.state}`)}>
        {t(`consoleChannels.delivery.state.${view.state}`)}
      </span>
      {view.error && (
        <span className="small muted" role={view.state === "failed" ? "alert" : undefined}>
          {" "}
          {t("consoleChannels.delivery.error", { error: view.error })}
        </span>
      )}
    </span>
  );
}
