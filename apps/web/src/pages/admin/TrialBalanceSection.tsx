import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchTrialBalance } from "../../api/adminLedger";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { Section } from "../../components/Section";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { formatDateTime, parseDate } from "../../lib/time";
import { walletKeys } from "../../wallet/queries";

/** Every currency's accounts sum to zero when the books are right; one clear sign says whether they do. */
export function TrialBalanceSection() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const query = useQuery({
    queryKey: walletKeys.trialBalance,
    queryFn: ({ signal }) => fetchTrialBalance(signal),
  });
  const asOf = query.data ? parseDate(query.data.asOf) : null;

  return (
    <Section
      id="trial-balance"
      icon="scale"
      title={t("ledger.trial.title")}
      description={t("ledger.trial.lead")}
    >
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError && (
        <Alert tone="danger" title={t("ledger.trial.error")}>
          {errorMessage(query.error, t)}
        </Alert>
      )}
      {query.isSuccess &&
        (query.data.balanced ? (
          <p className="balance-flag balance-flag--ok" data-testid="trial-balanced">
            {t("ledger.trial.balanced")}
          </p>
        ) : (
          <p className="balance-flag balance-flag--bad" data-testid="trial-unbalanced">
            <Icon name="alert" size={18} />
            {t("ledger.trial.unbalanced")}
          </p>
        ))}
      {query.isSuccess && !query.data.balanced && (
        <Alert tone="danger" title={t("ledger.trial.unbalancedTitle")}>
          {t("ledger.trial.unbalancedBody")}
        </Alert>
      )}
      {query.isSuccess && (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("ledger.currency")}</th>
                  <th scope="col" className="num">
                    {t("ledger.trial.accounts")}
                  </th>
                  <th scope="col" className="num">
                    {t("ledger.trial.total")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {query.data.rows.map((row) => (
                  <tr key={row.currency}>
                    <th scope="row">{row.currency}</th>
                    <td className="num">{row.accounts ?? "—"}</td>
                    <td className="num">
                      <Money amount={row.total} currency={row.currency} display="code" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="section-card__footer">
            <p className="muted small">
              {asOf ? t("ledger.asOf", { time: formatDateTime(asOf, lang) }) : null}
            </p>
            <button
              type="button"
              className="button button--small"
              onClick={() => void query.refetch()}
              disabled={query.isFetching}
            >
              <Icon name="refresh" size={16} />
              {query.isFetching ? t("common.loading") : t("ledger.refresh")}
            </button>
          </div>
        </>
      )}
    </Section>
  );
}
