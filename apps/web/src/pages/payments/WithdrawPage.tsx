import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { PageHeader } from "../../components/PageHeader";
import { WalletNav } from "../../components/WalletNav";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { useWallets } from "../../wallet/queries";
import { MoreLinks } from "./shared/MoreLinks";
import { useDestinations, useVerification } from "./shared/queries";
import { SetUpSecondFactor, useHasSecondFactor } from "./shared/SecondFactorField";
import { WithdrawForm } from "./withdraw/WithdrawForm";
import "../../styles/payments.css";

/** Withdraw to a saved payout destination. `?destination=` preselects one. */
export function WithdrawPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("payments.withdraw.title"));
  const [params] = useSearchParams();
  const wallets = useWallets();
  const destinations = useDestinations();
  const verification = useVerification();
  const hasSecondFactor = useHasSecondFactor();
  const loadError = wallets.error ?? destinations.error;
  const active = (destinations.data ?? []).filter((d) => d.status === "active");

  return (
    <div className="container page" data-testid="withdraw-page">
      <PageHeader
        icon="moneyOut"
        title={t("payments.withdraw.title")}
        description={t("payments.withdraw.lead")}
      />
      <WalletNav />
      {!hasSecondFactor && <SetUpSecondFactor />}
      {(wallets.isPending || destinations.isPending) && !loadError && (
        <p className="muted">{t("common.loading")}</p>
      )}
      {loadError && (
        <Alert tone="danger" title={t("payments.withdraw.loadError")}>
          {errorMessage(loadError, t)}
        </Alert>
      )}
      {destinations.isSuccess && active.length === 0 && (
        <EmptyState icon="store" title={t("payments.withdraw.noDestinationsTitle")}>
          <p>{t("payments.withdraw.noDestinationsBody")}</p>
          <Link
            to="/payout-destinations"
            className="button button--primary"
            data-testid="withdraw-add-destination"
          >
            {t("payments.withdraw.addDestination")}
          </Link>
        </EmptyState>
      )}
      {wallets.isSuccess && (wallets.data ?? []).length === 0 && (
        <EmptyState icon="wallet" title={t("payments.withdraw.noWalletsTitle")}>
          <p>{t("payments.withdraw.noWalletsBody")}</p>
          <Link to="/deposit" className="button button--primary">
            {t("payments.nav.deposit")}
          </Link>
        </EmptyState>
      )}
      {hasSecondFactor &&
        wallets.isSuccess &&
        destinations.isSuccess &&
        active.length > 0 &&
        wallets.data.length > 0 && (
          <WithdrawForm
            destinations={active}
            wallets={wallets.data}
            verification={verification.data ?? null}
            initialDestination={params.get("destination") ?? ""}
          />
        )}
      <MoreLinks links={["destinations", "verification", "policies"]} />
    </div>
  );
}
