import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { requestEmailChange, resendVerificationEmail } from "../../api/accounts";
import { ApiError } from "../../api/client";
import { useStepUp } from "../../auth/StepUp";
import { useUser } from "../../auth/useUser";
import { Alert, FormError, SubmitButton, TextField, VerifiedBadge } from "../../components/Form";
import { type ContactProblem, checkNewEmail } from "../../lib/contact";
import { CONTACT_PROBLEM_KEYS } from "./contactProblems";

/** The email address: verifying it, and changing it (the new address confirms by link). */
export function EmailFacts() {
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
