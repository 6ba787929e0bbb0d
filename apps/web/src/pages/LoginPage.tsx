import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useSearchParams } from "react-router";
import { login, loginWithCode, type MfaMethod, sendLoginSms, type User } from "../api/accounts";
import { ApiError } from "../api/client";
import { useMe, useSignedIn } from "../auth/hooks";
import { AuthCard } from "../components/AuthCard";
import { Alert, CodeField, FormError, SubmitButton, TextField } from "../components/Form";
import { LockedNotice, lockedUntil } from "../components/LockedNotice";
import { PasswordField } from "../components/PasswordField";
import { useDocumentTitle } from "../lib/hooks";
import { safeNextPath } from "../lib/next";

interface MfaChallenge {
  mfaToken: string;
  methods: MfaMethod[];
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("login.title"));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const me = useMe();
  const signedIn = useSignedIn();
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
  const [expired, setExpired] = useState(false);

  // Signed in (now, or already when the page opened): on to where they were going.
  if (me.user) return <Navigate to={next} replace />;

  const onSignedIn = (user: User) => signedIn(user);

  return challenge ? (
    <MfaStep
      challenge={challenge}
      onSignedIn={onSignedIn}
      onRestart={(why) => {
        setChallenge(null);
        setExpired(why === "expired");
      }}
    />
  ) : (
    <PasswordStep
      expired={expired}
      onChallenge={(c) => {
        setExpired(false);
        setChallenge(c);
      }}
      onSignedIn={onSignedIn}
    />
  );
}

function PasswordStep({
  expired,
  onChallenge,
  onSignedIn,
}: {
  expired: boolean;
  onChallenge: (challenge: MfaChallenge) => void;
  onSignedIn: (user: User) => void;
}) {
  const { t } = useTranslation();
  const [loginId, setLoginId] = useState("");
  const [password, setPassword] = useState("");
  const mutation = useMutation({
    mutationFn: () => login({ login: loginId.trim(), password }),
    onSuccess: (result) => {
      if (result.kind === "mfa") onChallenge({ mfaToken: result.mfaToken, methods: result.methods });
      else onSignedIn(result.user);
    },
  });
  const locked = lockedUntil(mutation.error);

  return (
    <AuthCard
      icon="lock"
      title={t("login.title")}
      lead={t("login.lead")}
      testId="login-card"
      footer={
        <p>
          {t("login.noAccount")} <Link to="/signup">{t("login.signUp")}</Link>
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
        {expired && <Alert tone="info">{t("login.mfaExpired")}</Alert>}
        {locked !== undefined ? (
          <LockedNotice until={locked} />
        ) : (
          <FormError error={mutation.error} context="login" />
        )}
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
          testId="login-id"
        />
        <PasswordField
          label={t("login.password")}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          testId="login-password"
        />
        <p className="form__aside">
          <Link to="/forgot-password">{t("login.forgot")}</Link>
        </p>
        <SubmitButton
          pending={mutation.isPending}
          pendingLabel={t("login.submitting")}
          testId="login-submit"
          disabled={loginId.trim() === "" || password === ""}
          block
        >
          {t("login.submit")}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}

function MfaStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: MfaChallenge;
  onSignedIn: (user: User) => void;
  onRestart: (why: "expired" | "back") => void;
}) {
  const { t } = useTranslation();
  const { mfaToken, methods } = challenge;
  const hasApp = methods.includes("totp");
  const hasSms = methods.includes("sms");
  const hasRecovery = methods.includes("recovery_code");
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState("");

  const mutation = useMutation({
    mutationFn: () => loginWithCode({ mfaToken, code: recovery ? code.trim() : code.replace(/\s+/g, "") }),
    onSuccess: (result) => {
      if (result.kind === "signedIn") onSignedIn(result.user);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "mfa_token_invalid") onRestart("expired");
    },
  });
  const sms = useMutation({ mutationFn: () => sendLoginSms(mfaToken) });
  const locked = lockedUntil(mutation.error);

  let lead: string;
  if (recovery) lead = t("login.mfa.leadRecovery");
  else if (hasApp && sms.isSuccess) lead = t("login.mfa.leadAppOrSms");
  else if (hasApp) lead = t("login.mfa.leadApp");
  else lead = t("login.mfa.leadSms");

  return (
    <AuthCard icon="shield" title={t("login.mfa.title")} lead={lead} testId="mfa-card">
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        {locked !== undefined ? (
          <LockedNotice until={locked} />
        ) : (
          <FormError error={mutation.error} context="mfa" />
        )}
        {sms.isSuccess && !recovery && <Alert tone="ok">{t("login.mfa.smsSent")}</Alert>}
        <FormError error={sms.error} context="mfa" />
        <CodeField
          key={recovery ? "recovery" : "code"}
          label={recovery ? t("login.mfa.recoveryLabel") : t("login.mfa.codeLabel")}
          hint={recovery ? t("login.mfa.recoveryHint") : undefined}
          value={code}
          onChange={setCode}
          recovery={recovery}
          testId="mfa-code"
          autoFocus
        />
        <SubmitButton
          pending={mutation.isPending}
          pendingLabel={t("login.mfa.submitting")}
          testId="mfa-submit"
          disabled={code.trim() === ""}
          block
        >
          {t("login.mfa.submit")}
        </SubmitButton>
        <div className="form__links">
          {hasSms && !recovery && (
            <button
              type="button"
              className="link-button"
              onClick={() => sms.mutate()}
              disabled={sms.isPending}
              data-testid="mfa-send-sms"
            >
              {sms.isPending
                ? t("login.mfa.smsSending")
                : sms.isSuccess
                  ? t("login.mfa.smsAgain")
                  : t("login.mfa.sms")}
            </button>
          )}
          {hasRecovery && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setRecovery(!recovery);
                setCode("");
                mutation.reset();
              }}
              data-testid="mfa-use-recovery"
            >
              {recovery ? t("login.mfa.useCode") : t("login.mfa.useRecovery")}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => onRestart("back")}>
            {t("login.mfa.back")}
          </button>
        </div>
      </form>
    </AuthCard>
  );
}
