import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { resendVerificationEmail, type User, verifyEmail } from "../api/accounts";
import { useMe } from "../auth/hooks";
import { ME_KEY } from "../auth/session";
import { AuthCard } from "../components/AuthCard";
import { Alert, FormError } from "../components/Form";
import { Icon } from "../components/Icon";
import { errorMessage } from "../lib/errors";
import { useDocumentTitle, useRunOnce } from "../lib/hooks";

export function VerifyEmailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("verifyEmail.title"));
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  const me = useMe();
  const queryClient = useQueryClient();

  const mutation = useMutation({
    mutationFn: verifyEmail,
    onSuccess: (user) => {
      // Signed in as that user: the "verify your email" reminders go away at once.
      const current = queryClient.getQueryData<User | null>(ME_KEY);
      if (current && current.id === user.id) queryClient.setQueryData<User | null>(ME_KEY, user);
      void queryClient.invalidateQueries({ queryKey: ["account"] });
    },
  });
  useRunOnce(token, mutation.mutate);

  if (token && (mutation.isIdle || mutation.isPending)) {
    return (
      <AuthCard icon="mail" title={t("verifyEmail.title")}>
        <p className="muted loading-line" aria-live="polite">
          <Icon name="refresh" size={18} className="spin" /> {t("verifyEmail.checking")}
        </p>
      </AuthCard>
    );
  }

  if (mutation.isSuccess) {
    return (
      <AuthCard icon="check" tone="ok" title={t("verifyEmail.doneTitle")} testId="verify-email-done">
        <p>{t("verifyEmail.doneBody", { email: mutation.data.email })}</p>
        {me.user ? (
          <Link to="/app" className="button button--primary button--block">
            {t("verifyEmail.toDashboard")}
          </Link>
        ) : (
          <Link to="/login" className="button button--primary button--block">
            {t("verifyEmail.toLogin")}
          </Link>
        )}
      </AuthCard>
    );
  }

  // No token, or the server refused it.
  const message = mutation.isError
    ? errorMessage(mutation.error, t, "verifyEmail")
    : t("verifyEmail.missing");
  return (
    <AuthCard icon="alert" tone="danger" title={t("verifyEmail.failedTitle")} testId="verify-email-failed">
      <Alert tone="danger">{message}</Alert>
      {me.user ? (
        <Resend />
      ) : (
        <>
          <p className="muted">{t("verifyEmail.loginToResend")}</p>
          <Link to="/login?next=%2Fapp" className="button button--primary button--block">
            {t("verifyEmail.toLogin")}
          </Link>
        </>
      )}
    </AuthCard>
  );
}

function Resend() {
  const { t } = useTranslation();
  const me = useMe();
  const resend = useMutation({ mutationFn: resendVerificationEmail });
  if (me.user?.emailVerified) {
    return (
      <>
        <p>{t("verifyEmail.alreadyVerified")}</p>
        <Link to="/app" className="button button--primary button--block">
          {t("verifyEmail.toDashboard")}
        </Link>
      </>
    );
  }
  if (resend.isSuccess) {
    return <Alert tone="ok">{t("verifyEmail.resent", { email: me.user?.email ?? "" })}</Alert>;
  }
  return (
    <>
      <FormError error={resend.error} />
      <button
        type="button"
        className="button button--primary button--block"
        onClick={() => resend.mutate()}
        disabled={resend.isPending}
        data-testid="resend-verification"
      >
        {resend.isPending ? t("verifyEmail.resending") : t("verifyEmail.resend")}
      </button>
    </>
  );
}
