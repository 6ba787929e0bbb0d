import type { Transaction } from "../api/wallets";

// Where people go for help. The support desk comes later: when it does, change these two
// functions (and only these) to open a conversation about the transaction.

/** "Get help with this transaction". */
export function transactionHelpPath(_transaction: Pick<Transaction, "id" | "reference">): string {
  return "/help";
}

/** A help-center article by its slug (from a problem's or a failure reason's `helpArticle`). */
export function helpArticlePath(slug: string): string {
  return `/help/${encodeURIComponent(slug)}`;
}

/** The contact page; `from` names the help article the customer was reading, if any. */
export function contactPath(from?: string): string {
  return from ? `/contact?from=${encodeURIComponent(from)}` : "/contact";
}
