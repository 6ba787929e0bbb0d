import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  changePassword,
  resendVerificationEmail,
  sendPhoneCode,
  type User,
  updateMe,
  verifyPhone,
} from "../api/accounts";
import { ApiError } from "../api/client";
import { ACCOUNT_KEY, accountKeys, ME_KEY } from "../auth/session";
import { useUser } from "../auth/useUser";
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
import { countryOptions } from "../lib/countries";
import { fieldErrors } from "../lib/errors";
import { useDocumentTitle, useScrollToHash } from "../lib/hooks";
import { LANGUAGE_LABEL_KEYS } from "../lib/languages";
import { reasonKey, weakPasswordReasons } from "../lib/passwordStrength";

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
  const user = useUser();
  const resend = useMutation({ mutationFn: resendVerificationEmail });
  return (
    <Section
      id="contact"
      icon="mail"
      title={t("profile.contact.title")}
      description={t("profile.contact.lead")}
    >
      <dl className="facts">
        <div className="facts__row" id="email">
          <dt>{t("profile.contact.email")}</dt>
          <dd>
            <span className="facts__value" data-testid="profile-email">
              {user.email}
            </span>
            <VerifiedBadge verified={user.emailVerified} />
          </dd>
        </div>
        {!user.emailVerified && (
          <div className="facts__extra">
            {resend.isSuccess ? (
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
                  {resend.isPending ? t("verifyEmail.resending") : t("verifyEmail.resend")}
                </button>
              </>
            )}
          </div>
        )}
        <div className="facts__row" id="phone">
          <dt>{t("profile.contact.phone")}</dt>
          <dd>
            {user.phone ? (
              <>
                <span className="facts__value" data-testid="profile-phone">
                  {user.phone}
                </span>
                <VerifiedBadge verified={user.phoneVerified} />
              </>
            ) : (
              <span className="muted">{t("profile.contact.noPhone")}</span>
            )}
          </dd>
        </div>
        {user.phone && !user.phoneVerified && (
          <div className="facts__extra">
            <PhoneVerification />
          </div>
        )}
      </dl>
    </Section>
  );
}

function PhoneVerification() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const send = useMutation({ mutationFn: sendPhoneCode });
  const verify = useMutation({
    mutationFn: () => verifyPhone(code.replace(/\s+/g, "")),
    onSuccess: (updated) => {
      queryClient.setQueryData<User | null>(ME_KEY, updated);
      void queryClient.invalidateQueries({ queryKey: accountKeys.checkup });
    },
  });

  if (!send.isSuccess) {
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
      <Alert tone="ok">{t("profile.phone.sent")}</Alert>
      <FormError error={verify.error} context="phoneCode" />
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
        >
          {t("profile.phone.resend")}
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
