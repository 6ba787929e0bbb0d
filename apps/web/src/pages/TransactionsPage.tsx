import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { filtersFromParams, filtersToParams, listTransactions } from "../api/wallets";
import { EmptyState } from "../components/EmptyState";
import { Alert } from "../components/Form";
import { PageHeader } from "../components/PageHeader";
import { TransactionList } from "../components/TransactionList";
import { WalletNav } from "../components/WalletNav";
import { errorMessage } from "../lib/errors";
import { useDocumentTitle } from "../lib/hooks";
import { useCurrencies, walletKeys } from "../wallet/queries";
import { Downloads } from "./transactions/Downloads";
import { FilterForm } from "./transactions/FilterForm";

const PAGE_SIZE = 25;

/** The whole history: filters in the address, "Load more" by cursor, CSV and monthly statements. */
export function TransactionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("transactions.title"));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const filtered = Object.keys(filters).length > 0;
  const currencies = useCurrencies();
  const history = useInfiniteQuery({
    queryKey: walletKeys.transactionList(filters),
    queryFn: ({ pageParam, signal }) =>
      listTransactions(filters, { cursor: pageParam, limit: PAGE_SIZE, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const rows = history.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <div className="container page" data-testid="transactions-page">
      <PageHeader icon="list" title={t("transactions.title")} description={t("transactions.lead")} />
      <WalletNav />
      <FilterForm
        key={filtersToParams(filters).toString()}
        filters={filters}
        currencies={currencies.data ?? []}
        onApply={(next) => setParams(filtersToParams(next))}
      />
      <section aria-labelledby="history-title" className="history">
        <h2 id="history-title" className="visually-hidden">
          {t("transactions.listTitle")}
        </h2>
        {history.isPending && <p className="muted">{t("common.loading")}</p>}
        {history.isError && rows.length === 0 && (
          <Alert
            tone="danger"
            title={t("transactions.error")}
            actions={
              <button type="button" className="button button--small" onClick={() => void history.refetch()}>
                {t("common.tryAgain")}
              </button>
            }
          >
            {errorMessage(history.error, t)}
          </Alert>
        )}
        {history.isSuccess && rows.length === 0 && (
          <EmptyState icon="list" title={filtered ? t("transactions.noMatches") : t("transactions.empty")}>
            {filtered && (
              <button type="button" className="button" onClick={() => setParams(new URLSearchParams())}>
                {t("transactions.filters.clear")}
              </button>
            )}
          </EmptyState>
        )}
        {rows.length > 0 && <TransactionList transactions={rows} testId="transactions" />}
        {history.isFetchNextPageError && <Alert tone="danger">{errorMessage(history.error, t)}</Alert>}
        {history.hasNextPage && (
          <div className="load-more">
            <button
              type="button"
              className="button"
              onClick={() => void history.fetchNextPage()}
              disabled={history.isFetchingNextPage}
              data-testid="load-more"
            >
              {history.isFetchingNextPage ? t("common.loading") : t("transactions.loadMore")}
            </button>
          </div>
        )}
      </section>
      <Downloads filters={filters} currencies={currencies.data ?? []} />
    </div>
  );
}
