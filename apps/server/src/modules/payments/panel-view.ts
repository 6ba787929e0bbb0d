import type { Locale } from "../../platform/i18n.js";
import { openTraceCasesOf } from "./bank/bank-repository.js";
import { presentDeposit } from "./deposits/present.js";
import type { PaymentsDeps } from "./deps.js";
import { presentDestination, presentWithdrawals } from "./withdrawals/present.js";
import { activeDestinations } from "./withdrawals/repository.js";

/**
 * The support desk's customer panel, payments side: deposits and withdrawals still under way
 * (the "where is my money?" tickets), the customer's open deposit traces, and their payout
 * destinations as the customer sees them (masked: holder, bank, last 4 digits), which is what
 * an agent compares a caller's "bank account last 4" against. A fixed handful of queries:
 * methods and history references are looked up once for all rows.
 */

/** Far more than a customer ever has under way at once; the panel is not a history. */
const IN_FLIGHT_LIMIT = 20;

export async function paymentsPanelView(deps: PaymentsDeps, userId: string, locale: Locale) {
  const { db } = deps.platform;
  const deposits = await db
    .selectFrom("deposits")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "in", ["created", "pending"])
    .orderBy("id", "desc")
    .limit(IN_FLIGHT_LIMIT)
    .execute();
  const withdrawals = await db
    .selectFrom("withdrawals")
    .selectAll()
    .where("user_id", "=", userId)
    .where("status", "in", ["requested", "in_review", "processing"])
    .orderBy("id", "desc")
    .limit(IN_FLIGHT_LIMIT)
    .execute();
  const methods = new Map((await deps.methods.all(db)).map((m) => [m.id, m]));
  const references = await deps.wallets.movements.references(
    db,
    deposits.flatMap((d) => (d.transaction_id ? [d.transaction_id] : [])),
  );
  const depositViews = [];
  for (const d of deposits) {
    const view = await presentDeposit(
      deps,
      db,
      d,
      locale,
      methods.get(d.method_id),
      d.transaction_id ? (references.get(d.transaction_id) ?? null) : null,
    );
    // What the customer must do next matters; the redirect link itself is theirs alone.
    const { nextAction, ...rest } = view;
    depositViews.push({ ...rest, bankReference: d.bank_reference, waitingFor: nextAction?.type ?? null });
  }
  const now = deps.platform.clock.now();
  const cases = await openTraceCasesOf(db, userId);
  const destinations = await activeDestinations(db, userId);
  return {
    deposits: depositViews,
    withdrawals: await presentWithdrawals(deps, db, withdrawals, locale),
    cases: cases.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      depositId: c.deposit_id,
      statementLineId: c.statement_line_id,
      // What the customer told the tracer (amount, currency, when); the rest is on the case page.
      told: (c.evidence.told as Record<string, unknown> | undefined) ?? null,
      createdAt: c.created_at.toISOString(),
    })),
    destinations: destinations.map((d) => presentDestination(d, methods.get(d.method_id), locale, now)),
  };
}

export type PaymentsPanelView = Awaited<ReturnType<typeof paymentsPanelView>>;
