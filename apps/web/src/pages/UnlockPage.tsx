import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { unlockAccount } from "../api/accounts";
import { AuthCard } from "../components/AuthCard";
import { Alert } from "../components/Form";
import { Icon } from "../components/Icon";
import { errorMessage } from "../lib/errors";
import { useDocumentTitle, useRunOnce } from "../lib/hooks";

export function UnlockPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("unlock.title"));
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  const mutation = useMutation({ mutationFn: unlockAccount });
  useRunOnce(token, mutation.mutate);

  if (token && (mutation.isIdle || mutation.isPending)) {
    return (
      <AuthCard icon="lock" title={t("unlock.title")}>
        <p className="muted loading-line" aria-live="polite">
          <Icon name="refresh" size={18} className="spin" /> {t("unlock.checking")}
        </p>
      </AuthCard>
    );
  }

  if (mutation.isSuccess) {
    return (
      <AuthCard icon="check" tone="ok" title={t("unlock.doneTitle")} testId="unlock-done">
        <p>{t("unlock.doneBody")}</p>
        <Link to="/login" className="button button--primary button--block">
          {t("unlock.toLogin")}
        </Link>
        <div className="auth-card__aside">
          <p className="muted">{t("unlock.resetHint")}</p>
          <Link to="/forgot-password" className="button button--block">
            {t("unlock.reset")}
          </Link>
        </div>
      </AuthCard>
    );
  }

  const message = mutation.isError ? errorMessage(mutation.error, t, "unlock") : t("unlock.missing");
  return (
    <AuthCard icon="alert" tone="danger" title={t("unlock.failedTitle")} testId="unlock-failed">
      <Alert tone="danger">{message}</Alert>
      <p className="muted">{t("unlock.failedBody")}</p>
      <div className="stack">
        <Link to="/forgot-password" className="button button--primary button--block">
          {t("unlock.reset")}
        </Link>
        <Link to="/help" className="button button--block">
          {t("unlock.help")}
        </Link>
      </div>
    </AuthCard>
  );
}
