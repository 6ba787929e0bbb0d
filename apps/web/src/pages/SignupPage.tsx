import { useMutation } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router";
import { type Registration, register } from "../api/accounts";
import { ApiError } from "../api/client";
import { useMe } from "../auth/hooks";
import { AuthCard } from "../components/AuthCard";
import { Alert, FormError, SelectField, SubmitButton, TextField } from "../components/Form";
import { PasswordField } from "../components/PasswordField";
import { currentLanguage, type Language } from "../i18n";
import { SUPPORTED_LANGUAGES } from "../i18n/detect";
import { browserRegion, countryOptions } from "../lib/countries";
import { fieldErrors } from "../lib/errors";
import { useDocumentTitle } from "../lib/hooks";
import { LANGUAGE_LABEL_KEYS } from "../lib/languages";
import { reasonKey, weakPasswordReasons } from "../lib/passwordStrength";

export function SignupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("signup.title"));
  const me = useMe();
  const lang = currentLanguage();
  const countries = useMemo(() => countryOptions(lang), [lang]);

  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [country, setCountry] = useState(() => browserRegion());
  const [language, setLanguage] = useState<Language>(lang);
  const [phone, setPhone] = useState("");
  const [name, setName] = useState("");

  const mutation = useMutation({
    mutationFn: () => {
      const input: Registration = { email: email.trim(), password, country, language };
      if (phone.trim()) input.phone = phone.replace(/[\s()-]/g, "");
      if (name.trim()) input.name = name.trim();
      return register(input);
    },
  });

  if (me.user && !mutation.isSuccess) return <Navigate to="/app" replace />;

  if (mutation.isSuccess) {
    return (
      <AuthCard icon="mail" title={t("signup.doneTitle")} testId="signup-done">
        <p>
          <Trans
            i18nKey="signup.doneBody"
            values={{ email: mutation.data.email }}
            components={{ strong: <strong /> }}
          />
        </p>
        <p className="muted">{t("signup.doneInbox")}</p>
        {mutation.data.phone && (
          <p className="muted">{t("signup.donePhone", { phone: mutation.data.phone })}</p>
        )}
        <Link to="/login" className="button button--primary button--block">
          {t("signup.doneLogin")}
        </Link>
      </AuthCard>
    );
  }

  const error = mutation.error;
  const fields = fieldErrors(error);
  const code = error instanceof ApiError ? error.code : null;
  const weakReasons =
    error instanceof ApiError && code === "weak_password" ? weakPasswordReasons(error.errors) : [];
  const passwordError =
    code === "weak_password"
      ? [
          t("errors.codes.weak_password"),
          ...weakReasons.flatMap((r) => {
            const key = reasonKey(r);
            return key ? [t(key)] : [];
          }),
        ].join(" ")
      : (fields.password ?? null);

  return (
    <AuthCard
      icon="user"
      title={t("signup.title")}
      lead={t("signup.lead")}
      testId="signup-card"
      footer={
        <p>
          {t("signup.haveAccount")} <Link to="/login">{t("signup.logIn")}</Link>
        </p>
      }
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        {code === "email_already_registered" ? (
          <Alert tone="danger">
            {t("errors.codes.email_already_registered")} <Link to="/login">{t("signup.logIn")}</Link> ·{" "}
            <Link to="/forgot-password">{t("login.forgot")}</Link>
          </Alert>
        ) : code === "validation_failed" && Object.keys(fields).length > 0 ? (
          <Alert tone="danger">{t("signup.fixFields")}</Alert>
        ) : code === "weak_password" || code === "phone_already_registered" ? null : (
          <FormError error={error} />
        )}
        <TextField
          label={t("signup.email")}
          type="email"
          value={email}
          onChange={(event) => {
            setEmail(event.target.value);
            if (code === "email_already_registered") mutation.reset();
          }}
          autoComplete="email"
          autoCapitalize="off"
          spellCheck={false}
          required
          autoFocus
          error={fields.email}
          testId="signup-email"
        />
        <PasswordField
          label={t("signup.password")}
          value={password}
          onChange={(value) => {
            setPassword(value);
            if (code === "weak_password") mutation.reset();
          }}
          autoComplete="new-password"
          testId="signup-password"
          error={passwordError}
          strength={{ email, name, phone }}
        />
        <SelectField
          label={t("signup.country")}
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          required
          autoComplete="country"
          error={fields.country}
          testId="signup-country"
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
          label={t("signup.language")}
          hint={t("signup.languageHint")}
          value={language}
          onChange={(event) => setLanguage(event.target.value as Language)}
          error={fields.language}
          testId="signup-language"
        >
          {SUPPORTED_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(LANGUAGE_LABEL_KEYS[l])}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("signup.phone")}
          optional
          hint={t("signup.phoneHint")}
          type="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          autoComplete="tel"
          inputMode="tel"
          placeholder="+8613800000000"
          error={
            code === "phone_already_registered" ? t("errors.codes.phone_already_registered") : fields.phone
          }
          testId="signup-phone"
        />
        <TextField
          label={t("signup.name")}
          optional
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="name"
          maxLength={200}
          error={fields.name}
          testId="signup-name"
        />
        <SubmitButton
          pending={mutation.isPending}
          pendingLabel={t("signup.submitting")}
          testId="signup-submit"
          disabled={email.trim() === "" || password === "" || country === ""}
          block
        >
          {t("signup.submit")}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
