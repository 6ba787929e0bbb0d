import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { AuthCard } from "../components/AuthCard";
import { Alert } from "../components/Form";
import { ResetPasswordForm } from "../components/ResetPasswordForm";
import { useDocumentTitle } from "../lib/hooks";

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token")?.trim() ?? "";
  // An invitation to the staff (from the admin's staff page) uses the same link with invite=1.
  const invited = params.get("invite") === "1";
  const title = invited ? t("reset.inviteTitle") : t("reset.title");
  useDocumentTitle(title);

  return (
    <AuthCard
      icon="key"
      title={title}
      lead={token ? (invited ? t("reset.inviteLead") : t("reset.lead")) : undefined}
      testId="reset-card"
      footer={
        <p>
          <Link to="/login">{t("reset.backToLogin")}</Link>
        </p>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div className="stack">
          <Alert tone="danger">{t("reset.missing")}</Alert>
          <Link to="/forgot-password" className="button button--primary button--block">
            {t("reset.requestNew")}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
