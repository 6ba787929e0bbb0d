import type { TicketCategory } from "../api/support";
import type { Transaction } from "../api/wallets";

// Where people go for help: help-center articles, the contact page, the ticket form (prefilled
// with a transaction when they ask about one), their tickets.

/** What the ticket form is about, from a transaction's type (or a deposit's or withdrawal's id). */
export function categoryFor(transaction: {
  id: string;
  type?: string;
  origin?: Transaction["origin"];
}): TicketCategory {
  const type = transaction.origin?.kind ?? transaction.type;
  if (type === "deposit" || transaction.id.startsWith("dep_")) return "deposit";
  if (type === "withdrawal" || transaction.id.startsWith("wdr_")) return "withdrawal";
  return "transaction";
}

/** The ticket form; every part optional. */
export function newTicketPath(
  prefill: { transaction?: string; category?: TicketCategory; reference?: string } = {},
) {
  const params = new URLSearchParams();
  if (prefill.transaction) params.set("transaction", prefill.transaction);
  if (prefill.category) params.set("category", prefill.category);
  if (prefill.reference) params.set("reference", prefill.reference);
  const qs = params.toString();
  return qs ? `/support/new?${qs}` : "/support/new";
}

/**
 * "Get help with this transaction": the ticket form about it. Deposit and withdrawal pages pass
 * their own id when no ledger transaction exists yet; the reference then still names it.
 */
export function transactionHelpPath(
  transaction: Pick<Transaction, "id" | "reference"> & Partial<Pick<Transaction, "type" | "origin">>,
): string {
  return newTicketPath({
    transaction: transaction.id,
    category: categoryFor(transaction),
    ...(transaction.reference ? { reference: transaction.reference } : {}),
  });
}

/** "I don't recognize this transaction" (outgoing transactions only). */
export function unrecognizedPath(transactionId: string): string {
  return `/support/unrecognized/${encodeURIComponent(transactionId)}`;
}

/** A signed-in customer's ticket. */
export function ticketPath(id: string): string {
  return `/support/tickets/${encodeURIComponent(id)}`;
}

/** "#100001". */
export function ticketNumber(number: string): string {
  return number.startsWith("#") ? number : `#${number}`;
}

/** A help-center article by its slug (from a problem's or a failure reason's `helpArticle`). */
export function helpArticlePath(slug: string): string {
  return `/help/${encodeURIComponent(slug)}`;
}

/** The contact page; `from` names the help article the customer was reading, if any. */
export function contactPath(from?: string): string {
  return from ? `/contact?from=${encodeURIComponent(from)}` : "/contact";
}
