import type { Locale } from "../../platform/i18n.js";
import { formatAmount } from "../../platform/money/money.js";
import { explainReason, isReasonCode } from "../../platform/reasons/catalog.js";
import type { WalletsDeps } from "./deps.js";
import { presentTransaction } from "./present.js";
import { listTransactions } from "./transactions-repository.js";

/**
 * The support desk's customer panel, money side: every wallet with what is held (withdrawals
 * under way), and the latest transactions as the customer sees them. A failed one carries its
 * reason code and the reason's title in the agent's language, since "why did it fail?" is
 * what most customers write about. Two queries, whatever the customer holds.
 */

const RECENT_TRANSACTIONS = 15;

export async function walletsPanelView(deps: WalletsDeps, userId: string, locale: Locale) {
  const { db } = deps.platform;
  const wallets = await deps.ledger.walletsOf(db, userId);
  const rows = await listTransactions(db, userId, {}, { limit: RECENT_TRANSACTIONS });
  return {
    wallets: wallets.map((w) => ({
      currency: w.currency,
      balance: formatAmount(w.posted, w.currency),
      held: formatAmount(w.held, w.currency),
      available: formatAmount(w.available, w.currency),
    })),
    transactions: rows.map((row) => {
      const code = row.reason_code;
      return {
        ...presentTransaction(row),
        failed: row.status === "failed" || row.status === "reversed",
        reasonTitle: code && isReasonCode(code) ? explainReason(code, locale).title : null,
      };
    }),
  };
}

export type WalletsPanelView = Awaited<ReturnType<typeof walletsPanelView>>;
