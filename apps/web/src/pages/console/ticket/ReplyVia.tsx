import { useId } from "react";
import { useTranslation } from "react-i18next";
import { DELIVERED_CHANNELS, type MessageChannel } from "./replyChannels";

/**
 * The composer's "Reply via" picker: the ways back this ticket has (replyChannels), starting on
 * the way the customer last wrote. Under it, what the customer will get that way.
 */
export function ReplyVia({
  options,
  value,
  onChange,
}: {
  options: readonly MessageChannel[];
  value: MessageChannel;
  onChange: (channel: MessageChannel) => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const hintId = useId();
  const hint = DELIVERED_CHANNELS.includes(value) ? "delivered" : value === "chat" ? "chat" : "notice";
  return (
    <div className="field console-editor">
      <label className="field__label" htmlFor={fieldId}>
        {t("consoleChannels.replyVia.label")}
      </label>
      <select
        id={fieldId}
        value={value}
        onChange={(event) => onChange(event.target.value as MessageChannel)}
        aria-describedby={hintId}
        data-testid="composer-channel"
      >
        {options.map((channel) => (
          <option key={channel} value={channel}>
            {t(`consoleChannels.channel.${channel}`)}
          </option>
        ))}
      </select>
      <span id={hintId} className="small muted">
        {t(`consoleChannels.replyVia.hint.${hint}`)}
      </span>
    </div>
  );
}
