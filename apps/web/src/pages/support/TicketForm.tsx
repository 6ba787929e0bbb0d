import { useMutation } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { createTicket, type NewTicket, TICKET_CATEGORIES, type TicketCategory } from "../../api/support";
import { useMe } from "../../auth/hooks";
import { Alert, SelectField, SubmitButton, TextField } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { errorMessage, fieldErrors } from "../../lib/errors";
import { AttachedDetails, type SentTicket } from "../help/ContactEnd";
import { ContactArticlePanel, ContactSuggestions, SuggestionCount } from "../help/ContactSuggestions";
import { type ContactDraft, clearDraft, loadDraft, saveDraft } from "../help/contactDraft";
import { TextAreaField } from "../help/parts";
import { useHelpLanguage } from "../help/queries";
import { useDeflection } from "../help/useDeflection";
import { AttachmentPicker } from "./AttachmentPicker";
import { GuestNotice } from "./GuestNotice";
import { TransactionPicker } from "./TransactionPicker";
import { useAttachments } from "./useAttachments";

export type FormEnding = { kind: "sent"; ticket: SentTicket } | { kind: "resolved" };

/** What a link into the form fills in (transaction help, a security report, a category). */
export interface Prefill {
  transaction?: string | null;
  reference?: string | null;
  category?: TicketCategory | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = "subject" | "message" | "email";
type FieldErrorKey = `helpCenter.contact.errors.${Field}`;

function validate(draft: ContactDraft, guest: boolean): Partial<Record<Field, FieldErrorKey>> {
  const errors: Partial<Record<Field, FieldErrorKey>> = {};
  if (draft.description.trim().length < 10) errors.message = "helpCenter.contact.errors.message";
  if (draft.subject.trim().length < 3) errors.subject = "helpCenter.contact.errors.subject";
  if (guest && !EMAIL.test(draft.email.trim())) errors.email = "helpCenter.contact.errors.email";
  return errors;
}

/** The draft with a link's prefill on top: the link is what the customer just asked for. */
function withPrefill(draft: ContactDraft, prefill: Prefill): ContactDraft {
  const next = { ...draft };
  if (prefill.category) next.category = prefill.category;
  if (prefill.transaction && !next.transactionIds.includes(prefill.transaction)) {
    next.transactionIds = [...next.transactionIds, prefill.transaction].slice(-10);
  }
  return next;
}

/** A refusal that names the deflection (too old, or someone else's after signing in). */
function deflectionRefused(error: unknown): boolean {
  return error instanceof ApiError && error.status < 500 && error.code.includes("deflection");
}

/**
 * The ticket form. While the customer describes the problem, articles that may answer it are
 * suggested (and can be read beside the form); "this answered my question" ends the visit there.
 * Signed in: transactions from their history, screenshots, and their account details attached
 * by the server. Guests: their email address (and name); the ticket waits for the emailed link.
 */
export function TicketForm({
  prefill,
  onEnd,
  side,
}: {
  prefill: Prefill;
  onEnd: (ending: FormEnding) => void;
  side?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const { user, status } = useMe();
  const guest = status !== "signedIn";
  const [draft, setDraft] = useState<ContactDraft>(() => withPrefill(loadDraft(), prefill));
  const [checked, setChecked] = useState(false);
  const [openSlug, setOpenSlug] = useState<string | null>(null);
  /** References of prefilled transactions not in the history (yet): named in the description. */
  const [references, setReferences] = useState<string[]>([]);
  const attachments = useAttachments();
  const deflection = useDeflection(draft.description, lang, draft.deflectionId);
  const deflectionId = deflection.id;

  useEffect(() => {
    saveDraft({ ...draft, deflectionId });
  }, [draft, deflectionId]);

  const update = useCallback((patch: Partial<ContactDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  }, []);

  const onMissing = useCallback(
    (id: string) => {
      setDraft((current) => ({ ...current, transactionIds: current.transactionIds.filter((x) => x !== id) }));
      const reference = id === prefill.transaction && prefill.reference ? prefill.reference : id;
      setReferences((current) => (current.includes(reference) ? current : [...current, reference]));
    },
    [prefill.transaction, prefill.reference],
  );

  const send = useMutation({
    mutationFn: async () => {
      const referenceLines = references.map((reference) =>
        t("support.form.transactions.referenceLine", { reference }),
      );
      const input: NewTicket = {
        category: draft.category,
        subject: draft.subject.trim(),
        description: [draft.description.trim(), ...referenceLines].join("\n\n").slice(0, 5000),
        ...(guest
          ? { email: draft.email.trim(), ...(draft.name.trim() ? { name: draft.name.trim() } : {}) }
          : {
              ...(draft.transactionIds.length > 0 ? { transactionIds: draft.transactionIds } : {}),
              ...(attachments.ids.length > 0 ? { attachmentIds: attachments.ids } : {}),
            }),
      };
      if (!deflectionId) return createTicket(input);
      try {
        return await createTicket({ ...input, deflectionId });
      } catch (error) {
        // The suggestions were shown before signing in (or too long ago): the ticket matters more.
        if (deflectionRefused(error)) return createTicket(input);
        throw error;
      }
    },
    onSuccess: (created) => {
      clearDraft();
      attachments.reset();
      onEnd({
        kind: "sent",
        ticket: {
          id: created.id,
          number: created.number,
          category: draft.category,
          email: guest ? draft.email.trim() : (user?.email ?? null),
          guest,
        },
      });
    },
  });
  const resolve = useMutation({
    mutationFn: deflection.resolve,
    onSuccess: () => {
      clearDraft();
      attachments.reset();
      onEnd({ kind: "resolved" });
    },
  });

  const local = checked ? validate(draft, guest) : {};
  const server = fieldErrors(send.error);
  const fieldError = (name: Field) => {
    const key = local[name];
    if (key) return t(key);
    return name === "message" ? (server.description ?? server.message) : server[name];
  };
  const showSuggestions = draft.description.trim().length >= 3;
  // "This answered my question" needs a deflection to resolve (never a silent no-op).
  const canResolve = deflectionId !== null;
  const resolveVisit = () => {
    if (canResolve) resolve.mutate();
  };

  function open(slug: string) {
    setOpenSlug(slug);
    deflection.opened(slug);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(validate(draft, guest)).length > 0) {
      // Straight to the first field to fix, once it shows its message.
      window.requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.contact-form [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    if (attachments.uploading) return;
    send.mutate();
  }

  return (
    <div className="help-layout contact-layout" id="ticket-form">
      <form
        className="card contact-form form"
        onSubmit={onSubmit}
        noValidate
        aria-label={t("support.form.label")}
      >
        <TextAreaField
          label={t("helpCenter.contact.description")}
          hint={t("helpCenter.contact.descriptionHint")}
          rows={6}
          maxLength={5000}
          value={draft.description}
          onChange={(event) => update({ description: event.target.value })}
          error={fieldError("message")}
          testId="contact-description"
        />
        {showSuggestions && (
          <ContactSuggestions
            suggestions={deflection.suggestions}
            searching={deflection.searching}
            openSlug={openSlug}
            onOpen={open}
            onResolve={resolveVisit}
            resolving={resolve.isPending}
            canResolve={canResolve}
            resolveError={resolve.error}
          />
        )}
        <SuggestionCount count={showSuggestions ? deflection.suggestions.length : 0} />
        <SelectField
          label={t("support.form.category")}
          value={draft.category}
          onChange={(event) => update({ category: event.target.value as TicketCategory })}
          testId="contact-category"
        >
          {TICKET_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`support.categories.${category}`)}
            </option>
          ))}
        </SelectField>
        {draft.category === "security" && (
          <Alert tone="info" testId="security-advice">
            {t("support.form.securityAdvice")}
          </Alert>
        )}
        <TextField
          label={t("helpCenter.contact.subject")}
          maxLength={150}
          value={draft.subject}
          onChange={(event) => update({ subject: event.target.value })}
          error={fieldError("subject")}
          testId="contact-subject"
        />
        {guest ? (
          <>
            <TextField
              label={t("helpCenter.contact.email")}
              hint={t("support.form.emailHint")}
              type="email"
              autoComplete="email"
              maxLength={254}
              value={draft.email}
              onChange={(event) => update({ email: event.target.value })}
              error={fieldError("email")}
              testId="contact-email"
            />
            <TextField
              label={t("support.form.name")}
              optional
              autoComplete="name"
              maxLength={100}
              value={draft.name}
              onChange={(event) => update({ name: event.target.value })}
              testId="contact-name"
            />
            <GuestNotice />
          </>
        ) : (
          <>
            <TransactionPicker
              selected={draft.transactionIds}
              onChange={(transactionIds) => update({ transactionIds })}
              onMissing={onMissing}
            />
            {references.length > 0 && (
              <p className="muted small" data-testid="transaction-references">
                {references
                  .map((reference) => t("support.form.transactions.notFound", { reference }))
                  .join(" ")}
              </p>
            )}
            <AttachmentPicker attachments={attachments} testId="contact-screenshots" />
            {user && <AttachedDetails user={user} />}
          </>
        )}
        {checked && attachments.uploading && (
          <p className="muted small" role="status">
            {t("support.form.screenshots.wait")}
          </p>
        )}
        {send.isError && Object.keys(server).length === 0 && (
          <Alert tone="danger" title={t("support.form.sendError")}>
            {errorMessage(send.error, t)}
          </Alert>
        )}
        <div className="button-row">
          <SubmitButton
            pending={send.isPending}
            pendingLabel={t("helpCenter.contact.sending")}
            testId="contact-send"
          >
            <Icon name="send" size={16} />
            {t("support.form.send")}
          </SubmitButton>
        </div>
      </form>
      <aside className="help-layout__side">
        {openSlug ? (
          <ContactArticlePanel
            key={openSlug}
            slug={openSlug}
            onClose={() => setOpenSlug(null)}
            onResolve={resolveVisit}
            resolving={resolve.isPending}
            canResolve={canResolve}
          />
        ) : (
          side
        )}
      </aside>
    </div>
  );
}
