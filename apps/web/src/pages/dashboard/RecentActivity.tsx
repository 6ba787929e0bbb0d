import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listTransactions } from "../../api/wallets";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { TransactionList } from "../../components/TransactionList";
import { errorMessage } from "../../lib/errors";
import { walletKeys } from "../../wallet/queries";

/** The five newest transactions, with a link to the whole history. */
export function RecentActivity() {
  const { t } = useTranslation();
  const recent = useQuery({
    queryKey: walletKeys.recent,
    queryFn: ({ signal }) => listTransactions({}, { limit: 5, signal }),
  });
  return (
    <section className="card recent" aria-labelledby="recent-title" data-testid="recent-activity">
      <header className="recent__head">
        <h2 id="recent-title">{t("wallet.recentTitle")}</h2>
        <Link to="/transactions" className="recent__all">
          {t("wallet.recentAll")}
          <Icon name="arrow" size={16} />
        </Link>
      </header>
      {recent.isPending && <p className="muted">{t("common.loading")}</p>}
      {recent.isError && (
        <Alert tone="danger" title={t("wallet.recentError")}>
          {errorMessage(recent.error, t)}
        </Alert>
      )}
      {recent.isSuccess && recent.data.data.length === 0 && (
        <p className="muted">{t("wallet.recentEmpty")}</p>
      )}
      {recent.isSuccess && recent.data.data.length > 0 && <TransactionList transactions={recent.data.data} />}
    </section>
  );
}
