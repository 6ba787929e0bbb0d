import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchPlatformAccounts } from "../../api/adminLedger";
import { Alert } from "../../components/Form";
import { Money } from "../../components/Money";
import { Section } from "../../components/Section";
import { errorMessage } from "../../lib/errors";
import { walletKeys } from "../../wallet/queries";

/** The platform's own accounts (fees, FX, adjustments…) per currency, summed over their sub-accounts. */
export function PlatformAccountsSection() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: walletKeys.platformAccounts,
    queryFn: ({ signal }) => fetchPlatformAccounts(signal),
  });
  return (
    <Section
      id="platform-accounts"
      icon="wallet"
      title={t("ledger.accounts.title")}
      description={t("ledger.accounts.lead")}
    >
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError && (
        <Alert tone="danger" title={t("ledger.accounts.error")}>
          {errorMessage(query.error, t)}
        </Alert>
      )}
      {query.isSuccess && query.data.length === 0 && <p className="muted">{t("ledger.accounts.empty")}</p>}
      {query.isSuccess && query.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" data-testid="platform-accounts">
            <thead>
              <tr>
                <th scope="col">{t("ledger.accounts.code")}</th>
                <th scope="col">{t("ledger.currency")}</th>
                <th scope="col" className="num">
                  {t("wallet.posted")}
                </th>
                <th scope="col" className="num">
                  {t("wallet.held")}
                </th>
                <th scope="col" className="num">
                  {t("wallet.available")}
                </th>
                <th scope="col" className="num">
                  {t("ledger.accounts.subAccounts")}
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((a) => (
                <tr key={`${a.code}-${a.currency}`}>
                  <th scope="row" className="mono">
                    {a.code}
                  </th>
                  <td>{a.currency}</td>
                  <td className="num">
                    <Money amount={a.posted} currency={a.currency} display="none" pad />
                  </td>
                  <td className="num">
                    <Money amount={a.held} currency={a.currency} display="none" pad />
                  </td>
                  <td className="num">
                    <Money amount={a.available} currency={a.currency} display="none" pad />
                  </td>
                  <td className="num">{a.subAccounts ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
