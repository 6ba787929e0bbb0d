import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import { accountSupportView, customerIdByEmail } from "../../accounts/support-view.js";
import type { Actor } from "../../audit/index.js";
import { kycPanelView } from "../../kyc/panel-view.js";
import { paymentsPanelView } from "../../payments/panel-view.js";
import { walletsPanelView } from "../../wallets/panel-view.js";
import type { SupportDeps } from "../deps.js";
import { ofCustomer, ticketHistory } from "./ticket-history.js";

/**
 * The whole picture of one customer for the agent console: account and sign-in state,
 * verification, money (wallets, recent transactions, what is under way), earlier tickets
 * and satisfaction. Each part comes from the module that owns it, through its read-only
 * panel view (a fixed number of queries each, never one per row). Staff and unknown ids are
 * not found: support reads customers only. Every view is audited, since it shows personal
 * data: who looked, at whom, and from which ticket.
 */
export async function customerPanel(
  deps: SupportDeps,
  actor: Actor,
  userId: string,
  locale: Locale,
  from?: { ticketId?: string | undefined },
) {
  const account = await accountSupportView(deps.accounts.deps, userId);
  if (!account) throw new DomainError("not_found");
  const verification = await kycPanelView(deps.kyc.deps, userId);
  const money = await walletsPanelView(deps.wallets.deps, userId, locale);
  const payments = await paymentsPanelView(deps.payments.deps, userId, locale);
  const customer = { id: userId, email: account.profile.email };
  const history = await ticketHistory(deps.platform.db, customer);
  const ticketId = await customersTicket(deps, customer, from?.ticketId);
  await deps.audit.record(
    deps.platform.db,
    actor,
    "customer.viewed",
    { type: "user", id: userId },
    ticketId ? { ticketId } : {},
  );
  return {
    profile: account.profile,
    verification,
    lock: account.lock,
    twoFactor: account.twoFactor,
    frozen: account.frozen,
    withdrawalsHeldUntil: account.withdrawalsHeldUntil,
    logins: account.logins,
    sessions: account.sessions,
    wallets: money.wallets,
    transactions: money.transactions,
    inFlight: { deposits: payments.deposits, withdrawals: payments.withdrawals, cases: payments.cases },
    payoutDestinations: payments.destinations,
    tickets: history.tickets,
    satisfaction: history.satisfaction,
  };
}

/**
 * The ticket the panel was opened from, when it is this customer's (theirs, or a verified
 * guest ticket from their address). The audit entry names it as the reason for looking, so
 * a made-up id, or another customer's ticket, is left out rather than recorded as a reason.
 */
async function customersTicket(
  deps: SupportDeps,
  customer: { id: string; email: string },
  ticketId: string | undefined,
): Promise<string | undefined> {
  if (!ticketId) return undefined;
  const ticket = await deps.platform.db
    .selectFrom("support_tickets")
    .select("id")
    .where("id", "=", ticketId)
    .where(ofCustomer(customer))
    .executeTakeFirst();
  return ticket?.id;
}

export type CustomerPanel = Awaited<ReturnType<typeof customerPanel>>;

/** For a guest ticket: the customer whose account has the address the guest wrote from. */
export async function customerByEmail(deps: SupportDeps, email: string): Promise<{ userId: string }> {
  const userId = await customerIdByEmail(deps.accounts.deps, email);
  if (!userId) throw new DomainError("not_found");
  return { userId };
}
