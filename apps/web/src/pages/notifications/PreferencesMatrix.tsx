import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  type KindPreferences,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationPreferences,
  type PreferenceChange,
} from "../../api/notifications";
import { Icon } from "../../components/Icon";
import { KIND_ICONS } from "./bits";

/** Where a phone number is added and verified (the profile page's phone row). */
export const PHONE_SETTINGS_PATH = "/app/profile#phone";

/** Channels a kind never goes by (the server refuses them): maintenance is in the bell, never texted. */
const NOT_OFFERED: Partial<Record<NotificationKind, readonly NotificationChannel[]>> = {
  maintenance: ["sms"],
};

/**
 * The preferences: a row per kind (with what it covers), a switch per channel. Locked channels
 * (security's in-app and email) are shown on, with a lock and why; SMS waits for a verified phone.
 */
export function PreferencesMatrix({
  prefs,
  onChange,
}: {
  prefs: NotificationPreferences;
  onChange: (change: PreferenceChange) => void;
}) {
  const { t } = useTranslation();
  const hasLocked = prefs.kinds.some((k) => k.locked.length > 0);
  return (
    <div className="prefs">
      {!prefs.smsAvailable && (
        <p className="prefs__hint" data-testid="sms-unavailable">
          <Icon name="phone" size={18} />
          <span>
            {t("notifications.settings.smsUnavailable")}{" "}
            <Link to={PHONE_SETTINGS_PATH} data-testid="sms-add-phone">
              {t("notifications.settings.addPhone")}
            </Link>
          </span>
        </p>
      )}
      <table className="prefs__table" data-testid="preferences">
        <caption className="visually-hidden">{t("notifications.settings.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("notifications.settings.kindColumn")}</th>
            {NOTIFICATION_CHANNELS.map((channel) => (
              <th scope="col" key={channel} className="prefs__channel">
                {t(`notifications.channels.${channel}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {prefs.kinds.map((k) => (
            <KindRow key={k.kind} prefs={k} smsAvailable={prefs.smsAvailable} onChange={onChange} />
          ))}
        </tbody>
      </table>
      {hasLocked && (
        <p className="prefs__note muted">
          <Icon name="lock" size={16} /> {t("notifications.settings.lockedNote")}
        </p>
      )}
    </div>
  );
}

function KindRow({
  prefs,
  smsAvailable,
  onChange,
}: {
  prefs: KindPreferences;
  smsAvailable: boolean;
  onChange: (change: PreferenceChange) => void;
}) {
  const { t } = useTranslation();
  const { kind, locked, channels } = prefs;
  const label = t(`notifications.kinds.${kind}.label`);
  return (
    <tr data-testid={`prefs-${kind}`}>
      <th scope="row" className="prefs__kind-cell">
        <div className="prefs__kind">
          <span className="prefs__kind-icon">
            <Icon name={KIND_ICONS[kind]} size={18} />
          </span>
          <span className="prefs__kind-text">
            <span className="prefs__kind-name">{label}</span>
            <span className="prefs__kind-help">{t(`notifications.kinds.${kind}.help`)}</span>
            {locked.length > 0 && (
              <span className="prefs__kind-help">{t("notifications.settings.lockedWhy")}</span>
            )}
          </span>
        </div>
      </th>
      {NOTIFICATION_CHANNELS.map((channel) => (
        <td key={channel} className="prefs__cell">
          {NOT_OFFERED[kind]?.includes(channel) ? (
            <span
              className="prefs__none muted"
              title={t("notifications.settings.notOffered")}
              data-testid={`pref-${kind}-${channel}-none`}
            >
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">
                {t("notifications.settings.switchLabel", {
                  kind: label,
                  channel: t(`notifications.channels.${channel}`),
                })}{" "}
                ({t("notifications.settings.notOffered")})
              </span>
            </span>
          ) : (
            <ChannelSwitch
              kindLabel={label}
              channel={channel}
              checked={locked.includes(channel) || channels[channel]}
              locked={locked.includes(channel)}
              // Without a verified phone texts cannot be turned on; one still on can be turned off.
              unavailable={channel === "sms" && !smsAvailable && !channels.sms}
              onToggle={(enabled) => onChange({ kind, channel, enabled })}
              testId={`pref-${kind}-${channel}`}
            />
          )}
        </td>
      ))}
    </tr>
  );
}

function ChannelSwitch({
  kindLabel,
  channel,
  checked,
  locked,
  unavailable,
  onToggle,
  testId,
}: {
  kindLabel: string;
  channel: NotificationChannel;
  checked: boolean;
  locked: boolean;
  unavailable: boolean;
  onToggle: (enabled: boolean) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const label = t("notifications.settings.switchLabel", {
    kind: kindLabel,
    channel: t(`notifications.channels.${channel}`),
  });
  const why = locked
    ? t("notifications.settings.lockedShort")
    : unavailable
      ? t("notifications.settings.smsNeedsPhone")
      : null;
  return (
    <label className={`switch${locked ? " switch--locked" : ""}`} title={why ?? undefined}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        disabled={locked || unavailable}
        onChange={(event) => onToggle(event.target.checked)}
        data-testid={testId}
        data-locked={locked || undefined}
      />
      <span className="switch__track" aria-hidden="true">
        <span className="switch__thumb" />
      </span>
      <span className="visually-hidden">
        {label}
        {why ? ` (${why})` : ""}
      </span>
      {locked && <Icon name="lock" size={14} className="switch__lock" />}
    </label>
  );
}
