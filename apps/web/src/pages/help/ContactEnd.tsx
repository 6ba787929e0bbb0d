import { useQuery } from "@tanstack/react-query";
import { type RefObject, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { User } from "../../api/accounts";
import { getTicket, type TicketCategory } from "../../api/support";
import { CopyButton } from "../../components/CopyButton";
import { Icon } from "../../components/Icon";
import { ticketPath } from "../../lib/support";
import { useVerificationLevel } from "../payments/shared/queries";
import { TicketNumber, useExpectation, useResponseText } from "../support/bits";
import { supportKeys, useContactOptions } from "../support/queries";

/**
 * The form the customer was in is gone: focus goes to the confirmation's heading, so keyboard
 * and screen-reader users continue from there rather than from the top of the page.
 */
function useFocusOnShow(): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}

/** The question was answered by an article: nothing to send. (Shown inside the page's status region.) */
export function ContactResolved({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const heading = useFocusOnShow();
  return (
    <section className="card contact-end" data-testid="contact-resolved">
      <span className="contact-end__icon" aria-hidden="true">
        <Icon name="check" size={28} />
      </span>
      <h2 ref={heading} tabIndex={-1} data-testid="contact-end-heading">
        {t("helpCenter.contact.resolvedTitle")}
      </h2>
      <p className="muted">{t("helpCenter.contact.resolvedBody")}</p>
      <div className="button-row">
        <Link to="/help" className="button button--primary">
          {t("helpCenter.backHome")}
        </Link>
        {signedIn && (
          <Link to="/app" className="button">
            {t("helpCenter.contact.toDashboard")}
          </Link>
        )}
      </div>
    </section>
  );
}

/** What went out: a ticket, its number, when we answer and where the customer follows it. */
export interface SentTicket {
  id: string;
  number: string;
  category: TicketCategory;
  /** The address the confirmation (guests: the confirmation link) went to. */
  email: string | null;
  guest: boolean;
}

/** The ticket went out: its number, when we answer and what happens next. (Shown inside the page's status region.) */
export function TicketSent({ ticket }: { ticket: SentTicket }) {
  const { t } = useTranslation();
  const heading = useFocusOnShow();
  return (
    <section className="card contact-end" data-testid="contact-sent">
      <span className="contact-end__icon" aria-hidden="true">
        <Icon name="mail" size={28} />
      </span>
      <h2 ref={heading} tabIndex={-1} data-testid="contact-end-heading">
        {ticket.guest ? t("support.sent.titleGuest") : t("support.sent.title")}
      </h2>
      <p className="contact-end__reference">
        {t("support.sent.number")} <TicketNumber number={ticket.number} testId="ticket-number" />{" "}
        <CopyButton text={`#${ticket.number}`} />
      </p>
      <ExpectedAnswer ticket={ticket} />
      <p className="muted">
        {ticket.guest
          ? t("support.sent.bodyGuest", { email: ticket.email ?? "" })
          : ticket.email
            ? t("support.sent.bodyEmail", { email: ticket.email })
            : t("support.sent.body")}
      </p>
      <div className="button-row">
        {ticket.guest ? (
          <Link to="/help" className="button button--primary">
            {t("helpCenter.backHome")}
          </Link>
        ) : (
          <>
            <Link
              to={ticketPath(ticket.id)}
              className="button button--primary"
              data-testid="sent-open-ticket"
            >
              {t("support.sent.open")}
            </Link>
            <Link to="/support/tickets" className="button">
              {t("support.list.title")}
            </Link>
          </>
        )}
      </div>
    </section>
  );
}

/**
 * When we answer: the ticket's own target for a signed-in customer (it knows the priority), the
 * channel's promise for a guest (whose ticket starts once the email address is confirmed).
 */
export function ExpectedAnswer({ ticket }: { ticket: Pick<SentTicket, "id" | "category" | "guest"> }) {
  const expectation = useExpectation();
  const responseText = useResponseText();
  const options = useContactOptions();
  const detail = useQuery({
    queryKey: supportKeys.ticket(ticket.id),
    queryFn: ({ signal }) => getTicket(ticket.id, null, signal),
    enabled: !ticket.guest,
  });
  const exact = detail.data ? expectation(detail.data, Date.now()) : null;
  const channelKey = ticket.category === "security" ? "security" : "web_form";
  const channel = options.data?.channels.find((c) => c.key === channelKey);
  // The ticket's own answer decides for a signed-in customer; the channel only stands in for guests.
  const text = exact?.text ?? ((ticket.guest || detail.isError) && channel ? responseText(channel) : null);
  if (!text) return null;
  return (
    <p className="contact-end__expected" data-testid="sent-expected">
      <Icon name="clock" size={16} /> {text}
    </p>
  );
}

/** What a signed-in customer's ticket carries with it, so support does not have to ask. */
export function AttachedDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const level = useVerificationLevel();
  const twoFactor = user.twoFactor.totp || user.twoFactor.sms;
  return (
    <section
      className="contact-attached"
      data-testid="contact-attached"
      aria-labelledby="contact-attached-title"
    >
      <p className="contact-attached__title" id="contact-attached-title">
        <Icon name="user" size={16} />
        {t("support.form.attached.title")}
      </p>
      <dl className="contact-attached__list">
        <dt>{t("helpCenter.contact.attachedWallet")}</dt>
        <dd className="mono">{user.walletNumber ?? "—"}</dd>
        <dt>{t("support.form.attached.level")}</dt>
        <dd>{level === null ? "—" : t("support.form.attached.levelValue", { level })}</dd>
        <dt>{t("support.form.attached.lock")}</dt>
        <dd>{t("support.form.attached.lockValue")}</dd>
        <dt>{t("helpCenter.contact.attachedTwoFactor")}</dt>
        <dd>{twoFactor ? t("common.on") : t("common.off")}</dd>
      </dl>
      <p className="muted small">{t("support.form.attached.why", { email: user.email })}</p>
    </section>
  );
}
