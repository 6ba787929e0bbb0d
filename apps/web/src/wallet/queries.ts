import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { fetchLimits, listCurrencies, listWallets, type TransactionFilters } from "../api/wallets";

/** Query keys of the money pages; all under "account", so they are dropped when who is signed in changes. */
export const walletKeys = {
  all: ["account", "wallet"],
  wallets: ["account", "wallet", "wallets"],
  currencies: ["account", "wallet", "currencies"],
  limits: ["account", "wallet", "limits"],
  transactions: ["account", "wallet", "transactions"],
  transactionList: (filters: TransactionFilters) => ["account", "wallet", "transactions", "list", filters],
  recent: ["account", "wallet", "transactions", "recent"],
  transaction: (id: string) => ["account", "wallet", "transactions", "detail", id],
  admin: ["account", "admin", "ledger"],
  platformAccounts: ["account", "admin", "ledger", "accounts"],
  trialBalance: ["account", "admin", "ledger", "trial-balance"],
  fxRates: ["account", "admin", "ledger", "fx-rates"],
  adminCustomer: (customer: string) => ["account", "admin", "ledger", "customer", customer],
} as const;

export function useWallets() {
  return useQuery({ queryKey: walletKeys.wallets, queryFn: ({ signal }) => listWallets(signal) });
}

export function useCurrencies() {
  return useQuery({
    queryKey: walletKeys.currencies,
    queryFn: ({ signal }) => listCurrencies(signal),
    staleTime: 10 * 60_000,
  });
}

export function useLimits() {
  return useQuery({ queryKey: walletKeys.limits, queryFn: ({ signal }) => fetchLimits(signal) });
}

/** After money moved: balances, limits and history are all out of date. */
export function useRefreshMoney() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: walletKeys.all }), [queryClient]);
}

/** The exponent (number of decimals) of a currency, when the currency list is loaded. */
export function useExponent(currency: string): number | undefined {
  const currencies = useCurrencies();
  return currencies.data?.find((c) => c.code === currency)?.exponent;
}
