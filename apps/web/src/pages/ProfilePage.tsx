import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  changePassword,
  requestEmailChange,
  resendVerificationEmail,
  sendPhoneCode,
  type User,
  updateMe,
  verifyPhone,
} from "../api/accounts";
import { ApiError } from "../api/client";
import { useStepUp } from "../auth/StepUp";
import { ACCOUNT_KEY, accountKeys, ME_KEY } from "../auth/session";
import { useUser } from "../auth/useUser";
import { ConfirmBox } from "../components/ConfirmBox";
import {
  Alert,
  CodeField,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  VerifiedBadge,
} from "../components/Form";
import { PageHeader } from "../components/PageHeader";
import { PasswordField } from "../components/PasswordField";
import { Section } from "../components/Section";
import { currentLanguage, type Language, setLanguage } from "../i18n";
import { isLanguage, SUPPORTED_LANGUAGES } from "../i18n/detect";
import { type ContactProblem, checkNewEmail, checkNewPhone } from "../lib/contact";
import { countryOptions } from "../lib/countries";
import { fieldErrors } from "../lib/errors";
import { useDocumentTitle, useScrollToHash } from "../lib/hooks";
import { LANGUAGE_LABEL_KEYS } from "../lib/languages";
import { reasonKey, weakPasswordReasons } from "../lib/passwordStrength";

const CONTACT_PROBLEM_KEYS = {
  email: { invalid: "profile.email.invalid", same: "profile.email.same" },
  phone: { invalid: "profile.phone.invalid", same: "profile.phone.same" },
} as const;

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("profile.title"));
  useScrollToHash();
  return (
    <div className="container page" data-testid="profile-page">
      <PageHeader icon="user" title={t("profile.title")} description={t("profile.lead")} />
      <div className="stack stack--sections">
        <DetailsSection />
        <ContactSection />
        <PasswordSection />
      </div>
    </div>
  );
}

function DetailsSection() {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const lang = currentLanguage();
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const [name, setName] = useState(user.name ?? "");
  const [country, setCountry] = useState(user.country ?? "");
  const [language, setLanguageChoice] = useState<Language>(isLanguage(user.language) ? user.language : lang);

  const save = useMutation({
    mutationFn: () => updateMe({ name: name.trim() || null, ...(country ? { country } : {}), language }),
    onSuccess: (updated) => {
      queryClient.setQueryData<User | null>(ME_KEY, updated);
      void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
      // The account's language is also the interface's.
      if (isLanguage(updated.language) && updated.language !== currentLanguage())
        void setLanguage(updated.language);
    },
  });
  const fields = fieldErrors(save.error);
  const changed =
    name.trim() !== (user.name ?? "") ||
    (country !== "" && country !== (user.country ?? "")) ||
    language !== user.language;

  return (
    <Section
      id="details"
      icon="user"
      title={t("profile.details.title")}
      description={t("profile.details.lead")}
    >
      <form
        className="form form--grid"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
        noValidate
      >
        <TextField
          label={t("profile.details.name")}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            save.reset();
          }}
          autoComplete="name"
          maxLength={200}
          error={fields.name}
          testId="profile-name"
        />
        <SelectField
          label={t("profile.details.country")}
          value={country}
          onChange={(event) => {
            setCountry(event.target.value);
            save.reset();
          }}
          autoComplete="country"
          error={fields.country}
          testId="profile-country"
        >
          {country === "" && (
            <option value="" disabled>
              {t("signup.countryPlaceholder")}
            </option>
          )}
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("profile.details.language")}
          hint={t("profile.details.languageHint")}
          value={language}
          onChange={(event) => {
            setLanguageChoice(event.target.value as Language);
            save.reset();
          }}
          error={fields.language}
          testId="profile-language"
        >
          {SUPPORTED_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(LANGUAGE_LABEL_KEYS[l])}
            </option>
          ))}
        </SelectField>
        <div className="form__full">
          {save.isSuccess && <Alert tone="ok">{t("profile.details.saved")}</Alert>}
          {Object.keys(fields).length === 0 && <FormError error={save.error} />}
          <SubmitButton
            pending={save.isPending}
            pendingLabel={t("common.saving")}
            disabled={!changed}
            testId="profile-save"
          >
            {t("common.save")}
          </SubmitButton>
        </div>
      </form>
    </Section>
  );
}

function ContactSection() {
  const { t } = useTranslation();
  return (
    <Section
      id="contact"
      icon="mail"
      title={t("profile.contact.title")}
      description={t("profile.contact.lead")}
    >
      <dl className="facts">
        <EmailFacts />
        <PhoneFacts />
      </dl>
    </Section>
  );
}

/** The email address: verifying it, and changing it (the new address confirms by link). */
function EmailFacts() {
  const { t } = useTranslation();
  const user = useUser();
  const stepUp = useStepUp();
  const [email, setEmail] = useState("");
  const [problem, setProblem] = useState<ContactProblem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const resend = useMutation({ mutationFn: resendVerificationEmail });
  const change = useMutation({
    mutationFn: (address: string) => stepUp(() => requestEmailChange(address)),
    onSuccess: (_, address) => {
      setSentTo(address);
      setEmail("");
    },
  });
  const code = change.error instanceof ApiError ? change.error.code : null;
  const fieldError = problem
    ? t(CONTACT_PROBLEM_KEYS.email[problem])
    : code === "email_already_registered"
      ? t("errors.codes.email_already_registered")
      : code === "validation_failed"
        ? t("profile.email.invalid")
        : null;

  return (
    <>
      <div className="facts__row" id="email">
        <dt>{t("profile.contact.email")}</dt>
        <dd>
          <span className="facts__value" data-testid="profile-email">
            {user.email}
          </span>
          <VerifiedBadge verified={user.emailVerified} />
        </dd>
      </div>
      <div className="facts__extra">
        {!user.emailVerified &&
          (resend.isSuccess ? (
            <Alert tone="ok">{t("verifyEmail.resent", { email: user.email })}</Alert>
          ) : (
            <>
              <FormError error={resend.error} />
              <p className="muted small">{t("profile.contact.emailUnverified")}</p>
              <button
                type="button"
                className="button button--small"
                onClick={() => resend.mutate()}
                disabled={resend.isPending}
                data-testid="resend-verification"
              >
                {resend.isPending ? t("verifyEmail.resending") : t("profile.email.resend")}
              </button>
            </>
          ))}
        <form
          className="form form--row facts__form"
          onSubmit={(event) => {
            event.preventDefault();
            const check = checkNewEmail(email, user.email);
            if (!check.ok) {
              setProblem(check.problem);
              return;
            }
            setSentTo(null);
            change.mutate(check.email);
          }}
          noValidate
        >
          <TextField
            label={t("profile.email.newLabel")}
            hint={t("profile.email.newHint")}
            type="email"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setProblem(null);
              if (change.isError) change.reset();
            }}
            autoComplete="email"
            autoCapitalize="off"
            spellCheck={false}
            maxLength={254}
            error={fieldError}
            testId="new-email"
          />
          <SubmitButton
            pending={change.isPending}
            pendingLabel={t("profile.email.submitting")}
            disabled={email.trim() === ""}
            testId="change-email"
          >
            {t("profile.email.submit")}
          </SubmitButton>
        </form>
        {!fieldError && <FormError error={change.error} />}
        {/* Gone once the link has been opened (the account's email is then the new one). */}
        {sentTo && sentTo.toLowerCase() !== user.email.toLowerCase() && (
          <Alert tone="ok" title={t("profile.email.sent", { email: sentTo })} testId="email-change-sent">
            {t("profile.email.sentNote", { current: user.email })}
          </Alert>
        )}
      </div>
    </>
  );
}

type PhoneNotice =
  | { kind: "codeSent"; phone: string }
  | { kind: "pending"; phone: string }
  | { kind: "verified" }
  | { kind: "removed" };

/** The phone number: adding, changing, verifying and removing it. */
function PhoneFacts() {
  const { t } = useTranslation();
  const user = useUser();
  const stepUp = useStepUp();
  const queryClient = useQueryClient();
  const [phone, setPhone] = useState("");
  const [problem, setProblem] = useState<ContactProblem | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<PhoneNotice | null>(null);

  const updated = (next: User) => {
    queryClient.setQueryData<User | null>(ME_KEY, next);
    // The checkup (phone verified) and the security log change too.
    void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
  };
  const save = useMutation({
    mutationFn: (number: string) => stepUp(() => updateMe({ phone: number })),
    onSuccess: (next, number) => {
      updated(next);
      setPhone("");
      setConfirmRemove(false);
      // Setting a number texts it a code at once: the code box is shown straight away. A verified
      // number stays until the new one confirms, so the code box is then for the new number.
      if (next.phone && !next.phoneVerified) setNotice({ kind: "codeSent", phone: next.phone });
      else if (next.phoneVerified && next.phone !== number) setNotice({ kind: "pending", phone: number });
      else setNotice(null);
    },
  });
  const remove = useMutation({
    mutationFn: () => stepUp(() => updateMe({ phone: null })),
    onSuccess: (next) => {
      updated(next);
      setPhone("");
      setConfirmRemove(false);
      save.reset();
      setNotice({ kind: "removed" });
    },
  });

  const code = save.error instanceof ApiError ? save.error.code : null;
  const fieldError = problem
    ? t(CONTACT_PROBLEM_KEYS.phone[problem])
    : code === "phone_already_registered"
      ? t("errors.codes.phone_already_registered")
      : code === "validation_failed"
        ? t("profile.phone.invalid")
        : null;
  const current = user.phone;

  return (
    <>
      <div className="facts__row" id="phone">
        <dt>{t("profile.contact.phone")}</dt>
        <dd>
          {current ? (
            <>
              <span className="facts__value" data-testid="profile-phone">
                {current}
              </span>
              <VerifiedBadge verified={user.phoneVerified} />
              {!confirmRemove && (
                <button
                  type="button"
                  className="button button--small button--danger facts__action"
                  onClick={() => {
                    remove.reset();
                    setConfirmRemove(true);
                  }}
                  data-testid="remove-phone"
                >
                  {t("profile.phone.remove")}
                </button>
              )}
            </>
          ) : (
            <span className="muted" data-testid="profile-no-phone">
              {t("profile.contact.noPhone")}
            </span>
          )}
        </dd>
      </div>
      <div className="facts__extra">
        {current && confirmRemove && (
          <ConfirmBox
            tone="danger"
            text={t(user.twoFactor.sms ? "profile.phone.removeConfirmSms" : "profile.phone.removeConfirm", {
              phone: current,
            })}
            confirmLabel={t("profile.phone.remove")}
            pending={remove.isPending}
            error={remove.error}
            onConfirm={() => remove.mutate()}
            onCancel={() => {
              remove.reset();
              setConfirmRemove(false);
            }}
            testId="confirm-remove-phone"
          />
        )}
        {notice?.kind === "removed" && !current && <Alert tone="ok">{t("profile.phone.removed")}</Alert>}
        {notice?.kind === "verified" && current && user.phoneVerified && (
          <Alert tone="ok">{t("profile.phone.verified")}</Alert>
        )}
        {notice?.kind === "pending" && user.phoneVerified && (
          <PhoneVerification
            key={`pending-${notice.phone}`}
            phone={notice.phone}
            codeSent
            onVerified={() => setNotice({ kind: "verified" })}
          />
        )}
        {current && !user.phoneVerified && (
          <PhoneVerification
            key={current}
            phone={current}
            codeSent={notice?.kind === "codeSent" && notice.phone === current}
            onVerified={() => setNotice({ kind: "verified" })}
          />
        )}
        <form
          className="form form--row facts__form"
          onSubmit={(event) => {
            event.preventDefault();
            const check = checkNewPhone(phone, current);
            if (!check.ok) {
              setProblem(check.problem);
              return;
            }
            save.mutate(check.phone);
          }}
          noValidate
        >
          <TextField
            label={current ? t("profile.phone.newLabel") : t("profile.phone.addLabel")}
            hint={
              current && user.twoFactor.sms ? (
                <>
                  {t("profile.phone.hint")} {t("profile.phone.smsWarning")}
                </>
              ) : (
                t("profile.phone.hint")
              )
            }
            type="tel"
            value={phone}
            onChange={(event) => {
              setPhone(event.target.value);
              setProblem(null);
              if (save.isError) save.reset();
            }}
            autoComplete="tel"
            inputMode="tel"
            placeholder="+8613800000000"
            maxLength={32}
            error={fieldError}
            testId="phone-input"
          />
          <SubmitButton
            pending={save.isPending}
            pendingLabel={t("common.saving")}
            disabled={phone.trim() === ""}
            testId="save-phone"
          >
            {current ? t("profile.phone.change") : t("profile.phone.add")}
          </SubmitButton>
        </form>
        {!fieldError && <FormError error={save.error} />}
      </div>
    </>
  );
}

/** Verifying the phone number with a texted code; `codeSent` when one was texted already. */
function PhoneVerification({
  phone,
  codeSent,
  onVerified,
}: {
  phone: string;
  codeSent: boolean;
  onVerified: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState(codeSent);
  const [code, setCode] = useState("");
  const send = useMutation({ mutationFn: sendPhoneCode, onSuccess: () => setSent(true) });
  const verify = useMutation({
    mutationFn: () => verifyPhone(code.replace(/\s+/g, "")),
    onSuccess: (updated) => {
      queryClient.setQueryData<User | null>(ME_KEY, updated);
      void queryClient.invalidateQueries({ queryKey: accountKeys.checkup });
      onVerified();
    },
  });

  if (!sent) {
    return (
      <>
        <p className="muted small">{t("profile.phone.body")}</p>
        <FormError error={send.error} />
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => send.mutate()}
          disabled={send.isPending}
          data-testid="phone-send-code"
        >
          {send.isPending ? t("profile.phone.sending") : t("profile.phone.send")}
        </button>
      </>
    );
  }
  return (
    <form
      className="form form--inline"
      onSubmit={(event) => {
        event.preventDefault();
        verify.mutate();
      }}
      noValidate
    >
      <Alert tone="ok">
        {send.isSuccess ? t("profile.phone.sent") : t("profile.phone.savedSent", { phone })}
      </Alert>
      <FormError error={verify.error ?? send.error} context="phoneCode" />
      <CodeField
        label={t("profile.phone.code")}
        value={code}
        onChange={setCode}
        testId="phone-code"
        autoFocus
      />
      <div className="button-row">
        <SubmitButton
          pending={verify.isPending}
          pendingLabel={t("common.working")}
          disabled={code.trim() === ""}
          testId="phone-verify"
        >
          {t("profile.phone.verify")}
        </SubmitButton>
        <button
          type="button"
          className="button"
          onClick={() => {
            verify.reset();
            send.mutate();
          }}
          disabled={send.isPending}
          data-testid="phone-resend-code"
        >
          {send.isPending ? t("profile.phone.sending") : t("profile.phone.resend")}
        </button>
      </div>
    </form>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const change = useMutation({
    mutationFn: () => changePassword({ currentPassword: current, newPassword: next }),
    onSuccess: () => {
      setCurrent("");
      setNext("");
      // Other sessions were signed out.
      void queryClient.invalidateQueries({ queryKey: ACCOUNT_KEY });
    },
  });
  const error = change.error;
  const code = error instanceof ApiError ? error.code : null;
  const weak =
    error instanceof ApiError && code === "weak_password"
      ? [
          t("errors.codes.weak_password"),
          ...weakPasswordReasons(error.errors).flatMap((r) => {
            const key = reasonKey(r);
            return key ? [t(key)] : [];
          }),
        ].join(" ")
      : null;

  return (
    <Section
      id="password"
      icon="lock"
      title={t("profile.password.title")}
      description={t("profile.password.lead")}
    >
      <form
        className="form form--narrow"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate();
        }}
        noValidate
      >
        {change.isSuccess && <Alert tone="ok">{t("profile.password.changed")}</Alert>}
        {code !== "weak_password" && <FormError error={error} context="currentPassword" />}
        <PasswordField
          label={t("profile.password.current")}
          value={current}
          onChange={(v) => {
            setCurrent(v);
            if (change.isSuccess) change.reset();
          }}
          autoComplete="current-password"
          testId="current-password"
        />
        <PasswordField
          label={t("profile.password.new")}
          value={next}
          onChange={(v) => {
            setNext(v);
            if (change.isSuccess) change.reset();
          }}
          autoComplete="new-password"
          testId="new-password"
          error={weak}
          strength={{ email: user.email, name: user.name, phone: user.phone }}
        />
        <SubmitButton
          pending={change.isPending}
          pendingLabel={t("common.saving")}
          disabled={current === "" || next === ""}
          testId="change-password"
        >
          {t("profile.password.submit")}
        </SubmitButton>
      </form>
    </Section>
  );
}
