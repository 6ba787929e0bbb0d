import { api } from "./client";
import { isRecord } from "./parse";
import { id } from "./staffPayments";

// What an agent does about a customer from the console's panel: unlock, reset 2FA, lock,
// freeze and unfreeze (account actions that note themselves on the ticket they come from),
// resend the verification email, escalate the ticket to compliance.

/** What an agent may confirm about a caller before lifting a protection. */
export const IDENTITY_CHECKS = [
  "date_of_birth",
  "bank_account_last4",
  "recent_transaction_amount",
  "id_document",
  "phone_callback",
  "email_confirmation",
] as const;
export type IdentityCheck = (typeof IDENTITY_CHECKS)[number];

export const PANEL_ACTIONS = [
  "unlock",
  "2fa-reset",
  "lock",
  "freeze",
  "unfreeze",
  "resend-verification",
  "escalate",
] as const;
export type PanelAction = (typeof PANEL_ACTIONS)[number];

/** Actions that lift a protection: the agent must tick at least this many identity checks first. */
export const MIN_IDENTITY_CHECKS = 2;

export function needsIdentityChecks(action: PanelAction): boolean {
  return action === "unlock" || action === "2fa-reset" || action === "unfreeze";
}

/** The server's reason limits (trimmed). */
export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** True when a dialog's answers are enough to send (reason long enough, checks ticked where needed). */
export function actionReady(action: PanelAction, reason: string, checks: readonly IdentityCheck[]): boolean {
  const length = reason.trim().length;
  if (length < REASON_MIN || length > REASON_MAX) return false;
  return !needsIdentityChecks(action) || new Set(checks).size >= MIN_IDENTITY_CHECKS;
}

export interface ActionInput {
  action: PanelAction;
  userId: string | null;
  ticketId: string;
  reason: string;
  checks: IdentityCheck[];
}

/** Where an action is posted and with what body (the account actions carry the ticket, for its system note). */
export function actionRequest(input: ActionInput): { path: string; body: Record<string, unknown> } {
  const reason = input.reason.trim();
  if (input.action === "escalate") {
    return { path: `/api/v1/agent/tickets/${id(input.ticketId)}/escalate`, body: { reason } };
  }
  if (!input.userId) throw new Error("This action needs the customer's account.");
  return {
    path: `/api/v1/agent/customers/${id(input.userId)}/${input.action}`,
    body: {
      reason,
      ticketId: input.ticketId,
      ...(needsIdentityChecks(input.action) ? { checks: input.checks } : {}),
    },
  };
}

/**
 * Runs an action. Resolves false only when the server did nothing because nothing was to be done
 * (a verification email for an address confirmed meanwhile).
 */
export async function runPanelAction(input: ActionInput): Promise<boolean> {
  const { path, body } = actionRequest(input);
  const answer = await api.post<unknown>(path, body);
  return !(isRecord(answer) && answer.sent === false);
}
