import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { resendVerificationEmail } from "../api/accounts";
import { useUser } from "../auth/useUser";
import { displayName } from "../components/AccountNav";
import { CopyButton } from "../components/CopyButton";
import { Alert, FormError } from "../components/Form";
import { Icon, type IconName } from "../components/Icon";
import { PageHeader } from "../components/PageHeader";
import { SecurityCheckupCard } from "../components/SecurityCheckup";
import { useDocumentTitle } from "../lib/hooks";
import { Balances } from "./dashboard/Balances";
import { MoneyInOut } from "./dashboard/MoneyInOut";
import { RecentActivity } from "./dashboard/RecentActivity";
import { SupportShortcut } from "./support/SupportShortcut";

const SHORTCUTS: { to: string; key: "security" | "profile"; icon: IconName }[] = [
  { to: "/app/security", key: "security", icon: "shield" },
  { to: "/app/profile", key: "profile", icon: "user" },
];

export function DashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("dashboard.title"));
  const user = useUser();

  return (
    <div className="container page" data-testid="dashboard">
      <PageHeader
        icon="wallet"
        title={t("dashboard.greeting", { name: displayName(user) })}
        description={t("dashboard.lead")}
      >
        <div className="quick-actions">
          <Link to="/send" className="button button--primary" data-testid="quick-send">
            <Icon name="send" size={18} />
            {t("wallet.send")}
          </Link>
          <Link to="/exchange" className="button" data-testid="quick-exchange">
            <Icon name="transfer" size={18} />
            {t("wallet.exchange")}
          </Link>
          <Link to="/transactions" className="button">
            <Icon name="list" size={18} />
            {t("walletNav.transactions")}
          </Link>
        </div>
      </PageHeader>
      {!user.emailVerified && <VerifyEmailReminder email={user.email} />}

      <Balances />

      <MoneyInOut />

      <div className="dashboard-grid dashboard-grid--activity">
        <RecentActivity />
        <section className="card wallet-card" aria-labelledby="wallet-title">
          <h2 id="wallet-title" className="wallet-card__label">
            {t("dashboard.walletNumber")}
          </h2>
          {user.walletNumber ? (
            <>
              <p className="wallet-card__number" data-testid="wallet-number">
                {user.walletNumber}
              </p>
              <CopyButton text={user.walletNumber} />
              <p className="wallet-card__hint">{t("dashboard.walletNumberHint")}</p>
            </>
          ) : (
            <p className="wallet-card__hint">{t("dashboard.noWalletNumber")}</p>
          )}
        </section>
      </div>

      <SecurityCheckupCard hideWhenComplete />

      <ul className="area-grid shortcuts">
        {SHORTCUTS.map(({ to, key, icon }) => (
          <li key={to}>
            <Link to={to} className="card area-card">
              <span className="area-card__icon">
                <Icon name={icon} />
              </span>
              <span className="area-card__body">
                <span className="area-card__title">{t(`dashboard.shortcuts.${key}.title`)}</span>
                <span className="area-card__summary">{t(`dashboard.shortcuts.${key}.summary`)}</span>
              </span>
              <span className="area-card__go" aria-hidden="true">
                <Icon name="arrow" size={20} />
              </span>
            </Link>
          </li>
        ))}
        <SupportShortcut />
      </ul>
    </div>
  );
}

export function VerifyEmailReminder({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: resendVerificationEmail });
  if (resend.isSuccess) {
    return <Alert tone="ok">{t("verifyEmail.resent", { email })}</Alert>;
  }
  return (
    <>
      <FormError error={resend.error} />
      <Alert
        tone="warning"
        title={t("dashboard.verifyTitle")}
        testId="verify-email-reminder"
        actions={
          <button
            type="button"
            className="button button--small"
            onClick={() => resend.mutate()}
            disabled={resend.isPending}
            data-testid="resend-verification"
          >
            {resend.isPending ? t("verifyEmail.resending") : t("verifyEmail.resend")}
          </button>
        }
      >
        {t("dashboard.verifyBody", { email })}
      </Alert>
    </>
  );
}
