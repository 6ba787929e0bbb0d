import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { displayNumber, TICKET_STATUSES } from "../../../api/console";
import type { CustomerPanel } from "../../../api/consolePanel";
import { VerifiedBadge } from "../../../components/Form";
import { humanize } from "../../../lib/transactions";
import { dateTime } from "../../staff-payments/format";
import { TicketStatusBadge } from "../Badges";

/** A labelled fact of the panel. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="console-fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Previous tickets listed before "show all". */
const TICKETS_SHOWN = 5;

/** Who the customer is and how their account stands (locks, 2FA, freezes). */
export function AccountSections({ panel }: { panel: CustomerPanel }) {
  const { t } = useTranslation();
  const { profile, lock, twoFactor, frozen } = panel;
  const flagged = lock.locked || frozen.frozen;
  return (
    <>
      <section className="console-panel__section" aria-labelledby="panel-profile">
        <h3 id="panel-profile">{profile.name ?? profile.email}</h3>
        <dl className="console-facts">
          <Fact label={t("console.panel.profile.email")}>
            {profile.email} <VerifiedBadge verified={profile.emailVerified} />
          </Fact>
          {profile.phone && (
            <Fact label={t("console.panel.profile.phone")}>
              {profile.phone} <VerifiedBadge verified={profile.phoneVerified} />
            </Fact>
          )}
          {profile.walletNumber && (
            <Fact label={t("console.panel.profile.wallet")}>
              <span className="mono">{profile.walletNumber}</span>
            </Fact>
          )}
          <Fact label={t("console.panel.profile.languageCountry")}>
            {[profile.language, profile.country].filter(Boolean).join(" · ") || "—"}
          </Fact>
          <Fact label={t("console.panel.profile.since")}>{dateTime(profile.createdAt)}</Fact>
          <Fact label={t("console.panel.profile.verification")} testId="panel-verification">
            {t("console.panel.profile.level", { level: panel.verification.level })}{" "}
            {panel.verification.pendingReview && (
              <span className="badge badge--warning">{t("console.panel.profile.kycPending")}</span>
            )}
            {panel.verification.status === "rejected" && (
              <span className="badge badge--danger">{t("console.panel.profile.kycRejected")}</span>
            )}
            {panel.verification.rejectionReason && (
              <span className="console-fact__why">{panel.verification.rejectionReason}</span>
            )}
          </Fact>
        </dl>
      </section>

      <section
        className={`console-panel__section${flagged ? " console-panel__section--alert" : ""}`}
        aria-labelledby="panel-security"
      >
        <h3 id="panel-security">{t("console.panel.security.title")}</h3>
        <dl className="console-facts">
          <Fact label={t("console.panel.security.lock")} testId="panel-lock">
            {lock.locked ? (
              <>
                <span className="badge badge--danger">
                  {t(
                    lock.kind === "hard"
                      ? "console.panel.security.hardLocked"
                      : "console.panel.security.locked",
                  )}
                </span>
                {lock.until && (
                  <span className="small">
                    {" "}
                    {t("console.panel.security.until", { time: dateTime(lock.until) })}
                  </span>
                )}
                {lock.reason && <span className="console-fact__why">{lock.reason}</span>}
              </>
            ) : (
              <span className="badge badge--ok">{t("console.panel.security.notLocked")}</span>
            )}
          </Fact>
          <Fact label={t("console.panel.security.twoFactor")} testId="panel-2fa">
            {twoFactor.totp || twoFactor.sms ? (
              <span className="badge badge--ok">
                {[
                  twoFactor.totp && t("console.panel.security.totp"),
                  twoFactor.sms && t("console.panel.security.sms"),
                ]
                  .filter(Boolean)
                  .join(" + ")}
              </span>
            ) : (
              <span className="badge badge--warning">{t("console.panel.security.twoFactorOff")}</span>
            )}
          </Fact>
          <Fact label={t("console.panel.security.payments")} testId="panel-frozen">
            {frozen.frozen ? (
              <>
                <span className="badge badge--danger">{t("console.panel.security.frozen")}</span>
                {frozen.at && <span className="small"> {dateTime(frozen.at)}</span>}
                {frozen.reason && <span className="console-fact__why">{frozen.reason}</span>}
              </>
            ) : (
              <span className="badge badge--ok">{t("console.panel.security.notFrozen")}</span>
            )}
          </Fact>
          {panel.withdrawalsHeldUntil && (
            <Fact label={t("console.panel.security.withdrawalsHeld")}>
              {dateTime(panel.withdrawalsHeldUntil)}
            </Fact>
          )}
        </dl>
      </section>
    </>
  );
}

/** Where the customer signed in from, and what they asked support before (with their ratings). */
export function HistorySections({ panel, ticketId }: { panel: CustomerPanel; ticketId: string }) {
  const { t } = useTranslation();
  const [allTickets, setAllTickets] = useState(false);
  const others = panel.tickets.filter((ticket) => ticket.id !== ticketId);
  const shown = allTickets ? others : others.slice(0, TICKETS_SHOWN);
  return (
    <>
      <details className="console-panel__section">
        <summary>
          <h3>{t("console.panel.logins.title", { count: panel.logins.length })}</h3>
        </summary>
        {panel.logins.length === 0 && <p className="muted small">{t("console.panel.none")}</p>}
        <ul className="console-plain-list small">
          {panel.logins.map((login) => (
            <li
              key={`${login.at}|${login.ip}|${login.device}|${login.outcome}`}
              className={login.outcome === "success" ? "" : "console-warn-line"}
            >
              {dateTime(login.at)} · {login.device ?? "—"} · <span className="mono">{login.ip ?? "—"}</span> ·{" "}
              {humanize(login.outcome)}
            </li>
          ))}
        </ul>
        <h4>{t("console.panel.logins.devices")}</h4>
        {panel.sessions.length === 0 && <p className="muted small">{t("console.panel.logins.noSessions")}</p>}
        <ul className="console-plain-list small">
          {panel.sessions.map((session) => (
            <li key={session.id}>
              {session.device} ·{" "}
              {session.kind === "api" ? t("console.panel.logins.api") : t("console.panel.logins.web")} ·{" "}
              {t("console.panel.logins.lastSeen", { time: dateTime(session.lastSeenAt) })}
            </li>
          ))}
        </ul>
      </details>

      <section className="console-panel__section" aria-labelledby="panel-tickets">
        <h3 id="panel-tickets">{t("console.panel.tickets.title")}</h3>
        {others.length === 0 && <p className="muted small">{t("console.panel.tickets.none")}</p>}
        <ul className="console-plain-list small">
          {shown.map((ticket) => (
            <li key={ticket.id} data-testid="panel-ticket">
              <Link to={`/agent/tickets/${encodeURIComponent(ticket.id)}`}>
                {displayNumber(ticket.number)}
              </Link>{" "}
              {ticket.subject}{" "}
              {TICKET_STATUSES.some((s) => s === ticket.status) && (
                <TicketStatusBadge status={ticket.status as (typeof TICKET_STATUSES)[number]} />
              )}
            </li>
          ))}
        </ul>
        {others.length > TICKETS_SHOWN && (
          <button type="button" className="link-button small" onClick={() => setAllTickets(!allTickets)}>
            {allTickets
              ? t("console.panel.tickets.fewer")
              : t("console.panel.tickets.all", { count: others.length })}
          </button>
        )}
        <p className="small" data-testid="panel-satisfaction">
          {panel.satisfaction.count > 0 && panel.satisfaction.average !== null
            ? t("console.panel.tickets.satisfaction", {
                average: panel.satisfaction.average.toFixed(1),
                count: panel.satisfaction.count,
              })
            : t("console.panel.tickets.noRatings")}
        </p>
        {panel.satisfaction.recent.length > 0 && (
          <ul className="console-plain-list small">
            {panel.satisfaction.recent.map((r) => (
              <li key={`${r.ticketId}|${r.at}`}>
                <span className="console-stars">{"★".repeat(r.score)}</span>{" "}
                {r.number && displayNumber(r.number)} {r.comment && <q>{r.comment}</q>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
