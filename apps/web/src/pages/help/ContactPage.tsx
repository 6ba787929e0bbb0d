import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError } from "../../api/client";
import { sendContact } from "../../api/help";
import { useMe } from "../../auth/hooks";
import { Alert, SubmitButton, TextField } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { errorMessage, fieldErrors } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { helpArticlePath } from "../../lib/support";
import { AttachedDetails, ContactResolved, ContactSent } from "./ContactEnd";
import { ContactArticlePanel, ContactSuggestions, SuggestionCount } from "./ContactSuggestions";
import { type ContactDraft, clearDraft, loadDraft, saveDraft } from "./contactDraft";
import { Breadcrumbs, TextAreaField } from "./parts";
import { useHelpLanguage } from "./queries";
import { useDeflection } from "./useDeflection";

type Ending = { kind: "sent"; reference: string; email: string | null } | { kind: "resolved" };

/**
 * /contact: "describe your problem". As the customer types, the articles that may answer it are
 * suggested (and can be read beside the form); "this answered my question" ends the visit there,
 * "Send message" sends it to support with the reference shown.
 */
export function ContactPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("helpCenter.contact.title"));
  const [params] = useSearchParams();
  const from = params.get("from");
  const { status } = useMe();
  const [ending, setEnding] = useState<Ending | null>(null);
  const end = (value: Ending) => {
    setEnding(value);
    window.scrollTo({ top: 0 });
  };

  return (
    <div className="container page help-page contact-page" data-testid="contact-page">
      <Breadcrumbs items={[{ label: t("helpCenter.contact.title") }]} />
      <PageHeader
        icon="headset"
        title={t("helpCenter.contact.title")}
        description={t("helpCenter.contact.lead")}
      />
      {from && !ending && (
        <p className="back-link">
          <Link to={helpArticlePath(from)}>
            <Icon name="arrow" size={16} className="flip" />
            {t("helpCenter.contact.backToArticle")}
          </Link>
        </p>
      )}
      {/* There from the first render (empty), so the confirmation put into it is announced. */}
      <div role="status">
        {ending?.kind === "sent" && <ContactSent reference={ending.reference} email={ending.email} />}
        {ending?.kind === "resolved" && <ContactResolved signedIn={status === "signedIn"} />}
      </div>
      {!ending && <ContactForm onEnd={end} />}
    </div>
  );
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

function ContactForm({ onEnd }: { onEnd: (ending: Ending) => void }) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const { user, status } = useMe();
  const guest = status !== "signedIn";
  const [draft, setDraft] = useState<ContactDraft>(loadDraft);
  const [checked, setChecked] = useState(false);
  const [openSlug, setOpenSlug] = useState<string | null>(null);
  const deflection = useDeflection(draft.description, lang, draft.deflectionId);
  const deflectionId = deflection.id;

  useEffect(() => {
    saveDraft({ ...draft, deflectionId });
  }, [draft, deflectionId]);

  const send = useMutation({
    mutationFn: async () => {
      const input = {
        subject: draft.subject.trim(),
        message: draft.description.trim(),
        ...(guest ? { email: draft.email.trim() } : {}),
        lang,
      };
      if (!deflectionId) return sendContact(input);
      try {
        return await sendContact({ ...input, deflectionId });
      } catch (error) {
        // The suggestions were shown before signing in (or too long ago): the message matters more.
        if (error instanceof ApiError && error.code === "help_deflection_not_found")
          return sendContact(input);
        throw error;
      }
    },
    onSuccess: (reference) => {
      clearDraft();
      onEnd({ kind: "sent", reference, email: guest ? draft.email.trim() : (user?.email ?? null) });
    },
  });
  const resolve = useMutation({
    mutationFn: deflection.resolve,
    onSuccess: () => {
      clearDraft();
      onEnd({ kind: "resolved" });
    },
  });

  const local = checked ? validate(draft, guest) : {};
  const server = fieldErrors(send.error);
  const fieldError = (name: Field) => {
    const key = local[name];
    return key ? t(key) : server[name];
  };
  const showSuggestions = draft.description.trim().length >= 3;
  // "This answered my question" needs a deflection to resolve (never a silent no-op).
  const canResolve = deflectionId !== null;
  const resolveVisit = () => {
    if (canResolve) resolve.mutate();
  };

  function update(patch: Partial<ContactDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

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
    send.mutate();
  }

  return (
    <div className="help-layout contact-layout">
      <form className="card contact-form form" onSubmit={onSubmit} noValidate>
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
        <TextField
          label={t("helpCenter.contact.subject")}
          maxLength={150}
          value={draft.subject}
          onChange={(event) => update({ subject: event.target.value })}
          error={fieldError("subject")}
          testId="contact-subject"
        />
        {guest ? (
          <TextField
            label={t("helpCenter.contact.email")}
            hint={t("helpCenter.contact.emailHint")}
            type="email"
            autoComplete="email"
            maxLength={254}
            value={draft.email}
            onChange={(event) => update({ email: event.target.value })}
            error={fieldError("email")}
            testId="contact-email"
          />
        ) : (
          user && <AttachedDetails user={user} />
        )}
        {send.isError && Object.keys(server).length === 0 && (
          <Alert tone="danger" title={t("helpCenter.contact.sendError")}>
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
            {t("helpCenter.contact.send")}
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
          <PrepareTips />
        )}
      </aside>
    </div>
  );
}

/** What helps support answer at the first reply. */
function PrepareTips() {
  const { t } = useTranslation();
  return (
    <section className="card help-side-card" aria-labelledby="contact-tips-title">
      <h2 id="contact-tips-title" className="help-section-title">
        {t("helpCenter.contact.tipsTitle")}
      </h2>
      <ul className="contact-tips">
        <li>{t("helpCenter.contact.tips.wallet")}</li>
        <li>{t("helpCenter.contact.tips.reference")}</li>
        <li>{t("helpCenter.contact.tips.what")}</li>
        <li>{t("helpCenter.contact.tips.never")}</li>
      </ul>
      <p className="muted small">
        <Link to="/status">{t("helpCenter.contact.statusHint")}</Link>
      </p>
    </section>
  );
}
