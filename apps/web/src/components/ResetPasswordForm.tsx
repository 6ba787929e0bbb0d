import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { resetPassword } from "../api/accounts";
import { ApiError } from "../api/client";
import { reasonKey, weakPasswordReasons } from "../lib/passwordStrength";
import { Alert, CodeField, FormError, SubmitButton } from "./Form";
import { PasswordField } from "./PasswordField";

/**
 * Sets a new password with a reset token: the emailed link's token, or (for SMS) the texted
 * code together with the login. When the account has 2FA the server answers `mfa_required`
 * and the form asks for an authenticator or recovery code, then sends everything again.
 */
export function ResetPasswordForm({ token, login }: { token: string; login?: string }) {
  const { t } = useTranslation();
  const [smsCode, setSmsCode] = useState("");
  const [password, setPassword] = useState("");
  const [mfaCode, setMfaCode] = useState("");
  const [needsMfa, setNeedsMfa] = useState(false);
  const viaSms = login !== undefined;

  const mutation = useMutation({
    mutationFn: () =>
      resetPassword({
        token: viaSms ? smsCode.replace(/\s+/g, "") : token,
        password,
        ...(viaSms ? { login } : {}),
        ...(needsMfa && mfaCode.trim() ? { code: mfaCode.trim() } : {}),
      }),
    onError: (error) => {
      if (error instanceof ApiError && error.code === "mfa_required") setNeedsMfa(true);
    },
  });

  if (mutation.isSuccess) {
    return (
      <div className="stack" data-testid="reset-done">
        <Alert tone="ok" title={t("reset.doneTitle")}>
          {t("reset.doneBody")}
        </Alert>
        <Link to="/login" className="button button--primary button--block">
          {t("reset.toLogin")}
        </Link>
      </div>
    );
  }

  const error = mutation.error;
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
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate();
      }}
      noValidate
    >
      {code === "mfa_required" ? (
        <Alert tone="info">{t("reset.mfaNeeded")}</Alert>
      ) : code === "token_invalid" && !viaSms ? (
        <Alert tone="danger">
          {t("errors.codes.reset_link_invalid")} <Link to="/forgot-password">{t("reset.requestNew")}</Link>
        </Alert>
      ) : code === "weak_password" ? null : (
        <FormError error={error} context={viaSms ? "resetSms" : "resetLink"} />
      )}
      {viaSms && (
        <CodeField
          label={t("reset.smsCode")}
          hint={t("reset.smsCodeHint")}
          value={smsCode}
          onChange={setSmsCode}
          testId="reset-sms-code"
          autoFocus
        />
      )}
      <PasswordField
        label={t("reset.newPassword")}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        testId="reset-password"
        error={weak}
        strength={viaSms && login?.includes("@") ? { email: login } : viaSms ? { phone: login } : {}}
        autoFocus={!viaSms}
      />
      {needsMfa && (
        <CodeField
          label={t("reset.mfaCode")}
          hint={t("reset.mfaCodeHint")}
          value={mfaCode}
          onChange={setMfaCode}
          recovery
          testId="reset-mfa-code"
          autoFocus
        />
      )}
      <SubmitButton
        pending={mutation.isPending}
        pendingLabel={t("reset.submitting")}
        testId="reset-submit"
        disabled={password === "" || (viaSms && smsCode.trim() === "") || (needsMfa && mfaCode.trim() === "")}
        block
      >
        {t("reset.submit")}
      </SubmitButton>
    </form>
  );
}
