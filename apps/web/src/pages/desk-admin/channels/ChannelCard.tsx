import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type ChannelInfo, updateChannel } from "../../../api/channelsAdmin";
import { CopyButton } from "../../../components/CopyButton";
import { FormError } from "../../../components/Form";
import { Icon, type IconName } from "../../../components/Icon";
import { currentLanguage } from "../../../i18n";
import { dateTime } from "../../staff-payments/format";
import { hasSettings } from "./channelForm";
import { replaceChannel } from "./channelKeys";
import { HealthLine } from "./HealthLine";
import { SecretRow } from "./SecretRow";
import { SettingsForm } from "./SettingsForm";
import { useAgo } from "./useAgo";

const ICONS: Record<ChannelInfo["channel"], IconName> = {
  email: "mail",
  chat: "send",
  phone: "phone",
  messenger: "send",
  x: "send",
};

/** One channel: on or off, its health, what the environment fixes, its settings, secrets and provider URLs. */
export function ChannelCard({ channel }: { channel: ChannelInfo }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const ago = useAgo();
  const lang = currentLanguage() === "zh-CN" ? "zh-CN" : "en";
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => updateChannel(channel.channel, { enabled }),
    onSuccess: (saved) => replaceChannel(client, saved),
  });
  const name = t(`channelsAdmin.names.${channel.channel}`);
  const on = toggle.isPending ? (toggle.variables ?? channel.enabled) : channel.enabled;
  const titleId = `channel-${channel.channel}-title`;
  const env = channel.environment;
  return (
    <section
      className="card desk-card channel-card"
      aria-labelledby={titleId}
      data-testid={`channel-${channel.channel}`}
    >
      <div className="desk-card__head">
        <div>
          <h2 id={titleId}>
            <Icon name={ICONS[channel.channel]} size={20} /> {name}
          </h2>
          <p className="small muted">{t(`channelsAdmin.leads.${channel.channel}`)}</p>
        </div>
        <label className="desk-check channel-card__switch">
          <input
            type="checkbox"
            role="switch"
            checked={on}
            aria-checked={on}
            disabled={toggle.isPending}
            onChange={(e) => toggle.mutate(e.target.checked)}
            aria-describedby={`${titleId}-switch-hint`}
            data-testid={`channel-${channel.channel}-enabled`}
          />
          {t("channelsAdmin.switch")}
        </label>
      </div>
      <p id={`${titleId}-switch-hint`} className="visually-hidden">
        {t("channelsAdmin.switchHint")}
      </p>
      <FormError error={toggle.error} />
      <HealthLine channel={channel} />

      {channel.channel !== "chat" && (
        <div className="channel-card__section">
          <h3 className="desk-subhead">{t("channelsAdmin.environment.title")}</h3>
          <dl className="channel-facts">
            {env.supportAddress !== null && (
              <>
                <dt>{t("channelsAdmin.environment.supportAddress")}</dt>
                <dd className="mono">{env.supportAddress}</dd>
              </>
            )}
            {channel.channel === "email" && (
              <>
                <dt>{t("channelsAdmin.environment.smtp")}</dt>
                <dd>
                  {env.smtp
                    ? t("channelsAdmin.environment.smtpAt", { host: env.smtp.host, port: env.smtp.port })
                    : t("channelsAdmin.environment.smtpOff")}
                </dd>
              </>
            )}
            {env.apiUrl !== null && (
              <>
                <dt>{t("channelsAdmin.environment.apiUrl")}</dt>
                <dd className="mono">{env.apiUrl}</dd>
              </>
            )}
            {env.phoneLines.length > 0 && (
              <>
                <dt>{t("channelsAdmin.environment.phoneLines")}</dt>
                <dd>
                  <ul className="channel-facts__lines">
                    {env.phoneLines.map((line) => (
                      <li key={line.number}>
                        {line.label[lang]}: <span className="mono">{line.number}</span>{" "}
                        <span className="muted">({line.hours[lang]})</span>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
          <p className="small muted">{t("channelsAdmin.environment.hint")}</p>
        </div>
      )}

      {hasSettings(channel.channel) && (
        <div className="channel-card__section">
          <h3 className="desk-subhead">{t("channelsAdmin.settings.title")}</h3>
          <SettingsForm channel={channel} />
        </div>
      )}

      {channel.secrets.length > 0 && (
        <div className="channel-card__section">
          <h3 className="desk-subhead">{t("channelsAdmin.secrets.title")}</h3>
          <ul className="channel-secrets">
            {channel.secrets.map((secret) => (
              <SecretRow key={secret.name} channel={channel.channel} secret={secret} />
            ))}
          </ul>
        </div>
      )}

      {channel.endpoints.length > 0 && (
        <div className="channel-card__section">
          <h3 className="desk-subhead">{t("channelsAdmin.endpoints.title")}</h3>
          <p className="small muted">{t("channelsAdmin.endpoints.lead")}</p>
          <ul className="channel-endpoints">
            {channel.endpoints.map((endpoint) => (
              <li key={endpoint.key} data-testid={`endpoint-${endpoint.key}`}>
                <span className="small">{t(`channelsAdmin.endpoints.${endpoint.key}`)}</span>
                <span className="channel-endpoints__url">
                  <code>{endpoint.url}</code>
                  <CopyButton text={endpoint.url} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {channel.updatedBy && channel.updatedAt && (
        <p className="small muted">
          <time dateTime={channel.updatedAt} title={dateTime(channel.updatedAt)}>
            {t("channelsAdmin.updated", { name: channel.updatedBy.name, when: ago(channel.updatedAt) })}
          </time>
        </p>
      )}
    </section>
  );
}
