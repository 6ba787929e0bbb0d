import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Channel, ChannelKey, Holiday } from "../../api/support";
import { Alert } from "../../components/Form";
import { Icon, type IconName } from "../../components/Icon";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useNow } from "../../lib/hooks";
import { useResponseText } from "./bits";
import { PhoneContact } from "./PhoneContact";
import { useContactOptions } from "./queries";
import { dayRanges, formatDay, holidayRuns, isOpenNow, timeZoneName, weekdayName } from "./responseTime";

const ICONS: Record<ChannelKey, IconName> = { web_form: "edit", email: "mail", security: "shield" };

/** Opening hours as runs of days in the calendar's time zone: "Mon–Fri 09:00–18:00". */
function Hours({ hours }: { hours: NonNullable<Channel["hours"]> }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const ranges = dayRanges(hours.days);
  return (
    <div className="channel-hours">
      <ul className="channel-hours__days">
        {ranges.map((r) => (
          <li key={`${r.from}-${r.to}-${r.open}`}>
            <span>
              {r.from === r.to
                ? weekdayName(r.from, lang)
                : t("support.channels.dayRange", {
                    from: weekdayName(r.from, lang),
                    to: weekdayName(r.to, lang),
                  })}
            </span>{" "}
            <span className="mono">{t("support.channels.timeRange", { open: r.open, close: r.close })}</span>
          </li>
        ))}
        {ranges.length === 0 && <li>{t("support.channels.noHours")}</li>}
      </ul>
      <span className="muted small">
        {t("support.channels.zone", { zone: timeZoneName(hours.timeZone, lang), id: hours.timeZone })}
      </span>
    </div>
  );
}

function OpenPill({ channel, holidays, now }: { channel: Channel; holidays: Holiday[]; now: number }) {
  const { t } = useTranslation();
  const open = isOpenNow(
    channel.hours,
    new Date(now),
    holidays.map((h) => h.day),
  );
  if (open === null) return null;
  return (
    <span className={`pill ${open ? "pill--ok" : "pill--unknown"}`}>
      <span className="pill__dot" aria-hidden="true" />
      {open ? t("support.channels.openNow") : t("support.channels.closedNow")}
    </span>
  );
}

function ChannelCard({ channel, holidays, now }: { channel: Channel; holidays: Holiday[]; now: number }) {
  const { t } = useTranslation();
  const responseText = useResponseText();
  return (
    <li className={`card channel-card channel-card--${channel.key}`} data-testid={`channel-${channel.key}`}>
      <div className="channel-card__head">
        <span className="channel-card__icon" aria-hidden="true">
          <Icon name={ICONS[channel.key]} size={22} />
        </span>
        <h3>{t(`support.channels.${channel.key}.name`)}</h3>
        <OpenPill channel={channel} holidays={holidays} now={now} />
      </div>
      <p className="channel-card__body">{t(`support.channels.${channel.key}.body`)}</p>
      {channel.key === "email" && channel.address && (
        <p>
          <a href={`mailto:${channel.address}`} className="mono" data-testid="channel-email-address">
            {channel.address}
          </a>
        </p>
      )}
      <p className="channel-card__response" data-testid="channel-response">
        <Icon name="clock" size={16} />
        <strong>{responseText(channel)}</strong>
      </p>
      {channel.hours ? (
        <Hours hours={channel.hours} />
      ) : (
        <p className="muted small">{t("support.channels.aroundTheClock")}</p>
      )}
      {channel.key === "web_form" && (
        <a href="#ticket-form" className="button button--small">
          {t("support.channels.web_form.action")}
        </a>
      )}
      {channel.key === "security" && (
        <Link to="/contact?category=security#ticket-form" className="button button--small button--danger">
          {t("support.channels.security.action")}
        </Link>
      )}
    </li>
  );
}

/** Public holidays ahead, when the business-hours channels are closed. */
function Holidays({ holidays }: { holidays: Holiday[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const runs = holidayRuns(holidays);
  if (runs.length === 0) return null;
  return (
    <section className="channel-holidays" aria-labelledby="holidays-title" data-testid="holidays">
      <h3 id="holidays-title">{t("support.channels.holidaysTitle")}</h3>
      <ul>
        {runs.map((run) => (
          <li key={run.from}>
            <strong>{run.name}</strong>{" "}
            <span className="muted">
              {run.from === run.to
                ? formatDay(run.from, lang)
                : t("support.channels.holidayRange", {
                    from: formatDay(run.from, lang),
                    to: formatDay(run.to, lang),
                  })}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">{t("support.channels.holidaysNote")}</p>
    </section>
  );
}

/** "Ways to reach us": every channel with its hours and how soon we answer, and holidays ahead. */
export function ContactChannels() {
  const { t } = useTranslation();
  const options = useContactOptions();
  const now = useNow(60_000);
  return (
    <section className="contact-channels" aria-labelledby="channels-title" data-testid="contact-channels">
      <h2 id="channels-title" className="help-section-title">
        {t("support.channels.title")}
      </h2>
      {options.isPending && <p className="muted">{t("common.loading")}</p>}
      {options.isError && (
        <Alert tone="warning" title={t("support.channels.error")}>
          {errorMessage(options.error, t)}
        </Alert>
      )}
      {options.data && (
        <>
          <ul className="channel-grid">
            {options.data.channels.map((channel) => (
              <ChannelCard
                key={channel.key}
                channel={channel}
                holidays={options.data.holidaysAhead}
                now={now}
              />
            ))}
          </ul>
          <PhoneContact phone={options.data.phone} />
          <Holidays holidays={options.data.holidaysAhead} />
        </>
      )}
    </section>
  );
}
