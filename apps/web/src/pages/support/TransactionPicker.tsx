import { useInfiniteQuery, useQueries } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { MAX_TRANSACTIONS } from "../../api/support";
import { getTransaction, listTransactions, type Transaction } from "../../api/wallets";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { StatusBadge, useTransactionTitle } from "../../components/TransactionBits";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useDebouncedValue } from "../../lib/hooks";
import { formatDateTime, parseDate } from "../../lib/time";
import { humanize } from "../../lib/transactions";
import { walletKeys } from "../../wallet/queries";

const PAGE = 10;

/** The reference, amount, state and (failed ones) reason of a transaction, on one line. */
function TransactionLine({ tx }: { tx: Transaction }) {
  const { t } = useTranslation();
  const title = useTransactionTitle();
  const date = parseDate(tx.createdAt);
  return (
    <span className="picker-txn">
      <span className="picker-txn__main">
        <span className="picker-txn__title">{title(tx)}</span>
        <span className="picker-txn__meta">
          <span className="mono">{tx.reference}</span>
          {date && (
            <time dateTime={tx.createdAt}>
              {formatDateTime(date, currentLanguage(), { dateStyle: "medium" })}
            </time>
          )}
          {tx.reasonCode && (
            <span title={t("support.form.transactions.reason")}>{humanize(tx.reasonCode)}</span>
          )}
        </span>
      </span>
      <span className="picker-txn__end">
        <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
        <StatusBadge status={tx.status} />
      </span>
    </span>
  );
}

/**
 * "Which transactions is it about?": the chosen ones (each removable), and the customer's own
 * history to choose from, searchable by reference. Only their own transactions can be picked;
 * a prefilled id that is not among them (a deposit still without a ledger entry) is reported
 * by `onMissing` so its reference can go into the message instead.
 */
export function TransactionPicker({
  selected,
  onChange,
  onMissing,
}: {
  selected: string[];
  onChange: (ids: string[]) => void;
  onMissing: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const reference = useDebouncedValue(search.trim(), 300);
  const listId = useId();
  const known = new Map<string, Transaction>();

  // The chosen ones are read one by one (they may be older than the first page of the history).
  const chosen = useQueries({
    queries: selected.map((id) => ({
      queryKey: walletKeys.transaction(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getTransaction(id, signal),
      staleTime: 60_000,
    })),
  });
  const missing: string[] = [];
  chosen.forEach((q, index) => {
    const id = selected[index];
    if (!id) return;
    if (q.data) known.set(id, q.data);
    if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 422)) missing.push(id);
  });
  const missingKey = missing.join(" ");
  useEffect(() => {
    for (const id of missingKey.split(" ").filter(Boolean)) onMissing(id);
  }, [missingKey, onMissing]);

  const history = useInfiniteQuery({
    queryKey: [...walletKeys.transactionList(reference ? { reference } : {}), "picker"],
    queryFn: ({ pageParam, signal }) =>
      listTransactions(reference ? { reference } : {}, { cursor: pageParam, limit: PAGE, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: open,
  });
  const rows = history.data?.pages.flatMap((p) => p.data) ?? [];
  const full = selected.length >= MAX_TRANSACTIONS;

  const toggle = (id: string) => {
    if (selected.includes(id)) onChange(selected.filter((s) => s !== id));
    else if (!full) onChange([...selected, id]);
  };

  return (
    <fieldset className="field transaction-picker" data-testid="transaction-picker">
      <legend className="field__label">
        {t("support.form.transactions.title")}
        <span className="field__optional"> {t("common.optional")}</span>
      </legend>
      <span className="field__hint">{t("support.form.transactions.hint", { count: MAX_TRANSACTIONS })}</span>
      {selected.length > 0 && (
        <ul className="picker-chosen" data-testid="transactions-chosen">
          {selected.map((id, index) => {
            const tx = known.get(id);
            const query = chosen[index];
            return (
              <li key={id} className="picker-chosen__item" data-testid="transaction-chosen">
                {tx ? (
                  <TransactionLine tx={tx} />
                ) : (
                  <span className="muted small">
                    {query?.isError ? errorMessage(query.error, t) : t("common.loading")}
                  </span>
                )}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(selected.filter((s) => s !== id))}
                  aria-label={t("support.form.transactions.remove", { reference: tx?.reference ?? id })}
                  title={t("support.form.transactions.remove", { reference: tx?.reference ?? id })}
                >
                  <Icon name="close" size={16} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
          data-testid="transactions-choose"
        >
          <Icon name="list" size={16} />
          {open ? t("support.form.transactions.hide") : t("support.form.transactions.choose")}
        </button>
      </div>
      <div id={listId} hidden={!open} className="picker-panel">
        <label className="visually-hidden" htmlFor={`${listId}-search`}>
          {t("support.form.transactions.search")}
        </label>
        <input
          id={`${listId}-search`}
          type="search"
          placeholder={t("support.form.transactions.search")}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          maxLength={40}
        />
        {full && (
          <p className="muted small">{t("support.form.transactions.limit", { count: MAX_TRANSACTIONS })}</p>
        )}
        {history.isPending && open && <p className="muted small">{t("common.loading")}</p>}
        {history.isError && <Alert tone="danger">{errorMessage(history.error, t)}</Alert>}
        {history.isSuccess && rows.length === 0 && (
          <p className="muted small">{t("support.form.transactions.none")}</p>
        )}
        {rows.length > 0 && (
          <ul className="picker-list">
            {rows.map((tx) => {
              const checked = selected.includes(tx.id);
              return (
                <li key={tx.id}>
                  <label className="picker-option" data-testid="transaction-option">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={() => toggle(tx.id)}
                    />
                    <TransactionLine tx={tx} />
                  </label>
                </li>
              );
            })}
          </ul>
        )}
        {history.hasNextPage && (
          <button
            type="button"
            className="button button--small"
            onClick={() => void history.fetchNextPage()}
            disabled={history.isFetchingNextPage}
          >
            {history.isFetchingNextPage ? t("common.loading") : t("support.form.transactions.more")}
          </button>
        )}
      </div>
    </fieldset>
  );
}
