import { useTranslation } from "react-i18next";
import type { ChannelInfo } from "../../../api/channelsAdmin";
import { dateTime } from "../../staff-payments/format";
import { healthLines } from "./channelForm";
import { useAgo } from "./useAgo";

/** "Working · Last message in 3 minutes ago", a current error in red with its time. */
export function HealthLine({ channel }: { channel: ChannelInfo }) {
  const { t } = useTranslation();
  const ago = useAgo();
  const { status } = channel.health;
  const tone =
    status === "ok" ? "ok" : status === "error" ? "danger" : status === "off" ? "neutral" : "warning";
  return (
    <div className="channel-health" data-testid={`channel-health-${channel.channel}`}>
      <span className={`badge badge--${tone}`} data-testid={`channel-status-${channel.channel}`}>
        {t(`channelsAdmin.status.${status}`)}
      </span>
      <ul className="channel-health__lines">
        {healthLines(channel.health).map((line) => {
          switch (line.kind) {
            case "off":
            case "notConfigured":
            case "never":
              return (
                <li key={line.kind} className="muted">
                  {t(`channelsAdmin.health.${line.kind}`)}
                </li>
              );
            case "lastIn":
            case "lastOut":
              return (
                <li key={line.kind}>
                  <time dateTime={line.at} title={dateTime(line.at)}>
                    {t(`channelsAdmin.health.${line.kind}`, { when: ago(line.at) })}
                  </time>
                </li>
              );
            case "error":
            case "earlierError":
              return (
                <li key={line.kind} className={line.kind === "error" ? "channel-health__error" : "muted"}>
                  <time dateTime={line.at} title={dateTime(line.at)}>
                    {t(`channelsAdmin.health.${line.kind}`, { when: ago(line.at), error: line.error })}
                  </time>
                </li>
              );
          }
          return null;
        })}
      </ul>
    </div>
  );
}
