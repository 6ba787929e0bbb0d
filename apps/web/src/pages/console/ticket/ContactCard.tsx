import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { findCustomerByEmail } from "../../../api/consolePanel";
import type { AgentTicketDetail } from "../../../api/consoleTicket";
import {
  type ContactKind,
  getContact,
  linkContact,
  type TicketContact,
  unlinkContact,
} from "../../../api/contacts";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Dialog } from "../../../components/Dialog";
import { FormError, SubmitButton, TextField } from "../../../components/Form";
import { Icon, type IconName } from "../../../components/Icon";
import { currentLanguage } from "../../../i18n";
import { useNow } from "../../../lib/hooks";
import { formatRelative, parseDate } from "../../../lib/time";
import { consoleKeys } from "../queries";

const ICONS: Record<ContactKind, IconName> = { email: "mail", phone: "phone", messenger: "send", x: "send" };
const contactKey = (id: string) => [...consoleKeys.all, "contact", id] as const;

/**
 * Who wrote a ticket from outside the app (an email address, a phone number, a Messenger or X
 * account), and whether that is a known customer. An unknown sender can be linked to the
 * customer behind it once the agent has checked who it is; an agent's link can be undone.
 */
export function ContactCard({ ticket }: { ticket: AgentTicketDetail }) {
  const { t } = useTranslation();
  const contact = ticket.contact;
  const [linking, setLinking] = useState(false);
  if (!contact) return null;
  return (
    <section className="card console-card" aria-labelledby="contact-card-title" data-testid="contact-card">
      <h2 id="contact-card-title" className="console-card__title">
        {t("consoleChannels.contact.title")}
      </h2>
      <p className="contact-card__who">
        <Icon name={ICONS[contact.kind]} size={16} />{" "}
        <span>{t(`consoleChannels.channel.${contact.kind}`)}</span>
        {" · "}
        <span className="mono" data-testid="contact-address">
          {contact.address}
        </span>
        {" · "}
        {contact.displayName ?? <span className="muted">{t("consoleChannels.contact.unnamed")}</span>}
      </p>
      {contact.userId ? (
        <LinkedCustomer ticketId={ticket.id} contact={contact} />
      ) : (
        <>
          <p className="small" data-testid="contact-not-linked">
            <strong>{t("consoleChannels.contact.notLinked")}</strong>
          </p>
          <p className="muted small">{t("consoleChannels.contact.notLinkedHint")}</p>
          <div>
            <button
              type="button"
              className="button button--small"
              onClick={() => setLinking(true)}
              data-testid="contact-link-open"
            >
              <Icon name="user" size={16} /> {t("consoleChannels.contact.link")}
            </button>
          </div>
          <LinkDialog
            ticketId={ticket.id}
            contact={contact}
            open={linking}
            onClose={() => setLinking(false)}
          />
        </>
      )}
    </section>
  );
}

/** The customer behind the contact, how they were recognised, and undoing an agent's link. */
function LinkedCustomer({ ticketId, contact }: { ticketId: string; contact: TicketContact }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const now = useNow(60_000);
  const [asking, setAsking] = useState(false);
  const detail = useQuery({
    queryKey: contactKey(contact.id),
    queryFn: ({ signal }) => getContact(contact.id, signal),
  });
  const unlink = useMutation({
    mutationFn: () => unlinkContact(contact.id),
    onSuccess: (saved) => {
      setAsking(false);
      client.setQueryData(contactKey(contact.id), saved);
      void client.invalidateQueries({ queryKey: consoleKeys.ticket(ticketId) });
    },
  });
  const found = detail.data;
  const customer = found?.customer;
  const who = customer ? (customer.name ?? customer.email) : "";
  const linkedAt = found?.linkedAt ? parseDate(found.linkedAt) : null;
  return (
    <div className="stack" data-testid="contact-linked">
      {customer && (
        <p className="small">
          {t("consoleChannels.contact.customer")}: <strong>{who}</strong>{" "}
          <span className="muted">
            {customer.email}
            {customer.walletNumber ? ` · ${customer.walletNumber}` : ""}
          </span>
        </p>
      )}
      {found?.linkedHow === "verified" && (
        <p className="muted small">{t("consoleChannels.contact.linkedVerified")}</p>
      )}
      {found?.linkedHow === "agent" && found.linkedBy && (
        <p className="muted small">
          {t("consoleChannels.contact.linkedByAgent", {
            name: found.linkedBy.name,
            when: linkedAt ? formatRelative(linkedAt, now, currentLanguage(), t("time.justNow")) : "",
          })}
        </p>
      )}
      {found?.linkedHow === "agent" &&
        (asking ? (
          <ConfirmBox
            tone="danger"
            text={t("consoleChannels.contact.unlinkConfirm", { name: who })}
            confirmLabel={t("consoleChannels.contact.unlink")}
            pending={unlink.isPending}
            error={unlink.error}
            onConfirm={() => unlink.mutate()}
            onCancel={() => {
              setAsking(false);
              unlink.reset();
            }}
            testId="contact-unlink-confirm"
          />
        ) : (
          <div>
            <button
              type="button"
              className="button button--small"
              onClick={() => setAsking(true)}
              data-testid="contact-unlink"
            >
              {t("consoleChannels.contact.unlink")}
            </button>
          </div>
        ))}
    </div>
  );
}

/** Find the customer by their account's email, say how it was checked, link. */
function LinkDialog({
  ticketId,
  contact,
  open,
  onClose,
}: {
  ticketId: string;
  contact: TicketContact;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState(contact.kind === "email" ? contact.address : "");
  const [asked, setAsked] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [tried, setTried] = useState(false);
  const lookup = useQuery({
    queryKey: consoleKeys.customers(asked ?? ""),
    queryFn: ({ signal }) => findCustomerByEmail(asked ?? "", signal),
    enabled: asked !== null,
  });
  const userId = lookup.data ?? null;
  const link = useMutation({
    mutationFn: (customerId: string) => linkContact(contact.id, customerId, reason),
    onSuccess: (saved) => {
      client.setQueryData(contactKey(contact.id), saved);
      void client.invalidateQueries({ queryKey: consoleKeys.ticket(ticketId) });
      setReason("");
      setTried(false);
      onClose();
    },
  });
  const find = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) setAsked(email.trim());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (userId && reason.trim()) link.mutate(userId);
  };
  return (
    <Dialog
      open={open}
      title={t("consoleChannels.contact.dialogTitle")}
      onClose={onClose}
      testId="contact-link-dialog"
    >
      <p className="small muted">{t("consoleChannels.contact.dialogLead")}</p>
      <form className="console-inline" style={{ alignItems: "flex-end" }} onSubmit={find}>
        <TextField
          label={t("consoleChannels.contact.email")}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          testId="contact-link-email"
        />
        <button type="submit" className="button button--small" data-testid="contact-link-find">
          {t("consoleChannels.contact.find")}
        </button>
      </form>
      {lookup.isFetching && <p className="muted small">{t("common.loading")}</p>}
      <FormError error={lookup.error} />
      {lookup.isSuccess && !userId && (
        <p className="small" data-testid="contact-link-none">
          {t("consoleChannels.contact.none")}
        </p>
      )}
      {userId && (
        <form className="stack" onSubmit={submit} noValidate>
          <p className="small" data-testid="contact-link-found">
            {t("consoleChannels.contact.found", { email: asked })}
          </p>
          <TextField
            label={t("consoleChannels.contact.reason")}
            hint={t("consoleChannels.contact.reasonHint")}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            error={tried && !reason.trim() ? t("consoleChannels.contact.reasonRequired") : null}
            testId="contact-link-reason"
          />
          <FormError error={link.error} />
          <div className="button-row">
            <SubmitButton pending={link.isPending} testId="contact-link-submit">
              {t("consoleChannels.contact.confirm")}
            </SubmitButton>
            <button type="button" className="button" onClick={onClose}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
