import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { forgotPassword } from "../api/accounts";
import { AuthCard } from "../components/AuthCard";
import { Alert, FormError, SubmitButton, TextField } from "../components/Form";
import { ResetPasswordForm } from "../components/ResetPasswordForm";
import { useDocumentTitle } from "../lib/hooks";

type Via = "email" | "sms";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("forgot.title"));
  const [loginId, setLoginId] = useState("");
  const [via, setVia] = useState<Via>("email");
  const mutation = useMutation({
    mutationFn: (input: { login: string; via: Via }) => forgotPassword(input),
  });

  const footer = (
    <p>
      <Link to="/login">{t("reset.backToLogin")}</Link>
    </p>
  );

  if (mutation.isSuccess) {
    const sent = mutation.variables;
    return (
      <AuthCard
        icon={sent.via === "sms" ? "phone" : "mail"}
        title={t("forgot.sentTitle")}
        footer={footer}
        testId="forgot-sent"
      >
        <Alert tone="ok">
          {sent.via === "sms"
            ? t("forgot.sentSms", { login: sent.login })
            : t("forgot.sentEmail", { login: sent.login })}
        </Alert>
        {sent.via === "sms" ? (
          <>
            <p className="muted">{t("forgot.smsNext")}</p>
            <ResetPasswordForm token="" login={sent.login} />
          </>
        ) : (
          <p className="muted">{t("forgot.emailNext")}</p>
        )}
        <p className="auth-card__more">
          <button type="button" className="link-button" onClick={() => mutation.reset()}>
            {t("forgot.again")}
          </button>
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      icon="key"
      title={t("forgot.title")}
      lead={t("forgot.lead")}
      footer={footer}
      testId="forgot-card"
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate({ login: loginId.trim(), via });
        }}
        noValidate
      >
        <FormError error={mutation.error} />
        <TextField
          label={t("login.id")}
          hint={t("login.idHint")}
          value={loginId}
          onChange={(event) => setLoginId(event.target.value)}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          required
          autoFocus
          testId="forgot-login"
        />
        <fieldset className="choice">
          <legend className="field__label">{t("forgot.via")}</legend>
          {(["email", "sms"] as const).map((option) => (
            <label key={option} className="choice__option">
              <input
                type="radio"
                name="via"
                value={option}
                checked={via === option}
                onChange={() => setVia(option)}
                data-testid={`forgot-via-${option}`}
              />
              <span>
                <span className="choice__title">{t(`forgot.${option}`)}</span>
                <span className="choice__hint">{t(`forgot.${option}Hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <SubmitButton
          pending={mutation.isPending}
          pendingLabel={t("forgot.submitting")}
          testId="forgot-submit"
          disabled={loginId.trim() === ""}
          block
        >
          {t("forgot.submit")}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
