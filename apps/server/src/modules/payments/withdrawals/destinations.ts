import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { PaymentsDeps } from "../deps.js";
import { ProviderUnavailableError } from "../providers/provider.js";
import {
  type CheckedDetails,
  checkDetails,
  type DestinationDetailsInput,
  fingerprintOf,
} from "./destination-details.js";
import { destinationAddedEmail } from "./emails.js";
import { withdrawalMethodFor } from "./method-access.js";
import { presentDestination } from "./present.js";
import {
  activeDestinations,
  type DestinationRow,
  findActiveTwin,
  findOwnDestination,
  insertDestination,
  newId,
  updateDestination,
} from "./repository.js";

export interface NewDestinationInput {
  methodId: string;
  label?: string | undefined;
  details: DestinationDetailsInput;
  /** The second-factor code (TOTP or a recovery code). */
  code?: string | undefined;
}

const HOUR_MS = 3_600_000;

/** A card's payout details are the provider's token for it: the number never reaches our storage. */
async function tokenized(deps: PaymentsDeps, provider: string, checked: CheckedDetails) {
  if (!checked.card) return checked.payout;
  const tokenizer = deps.providers.get(provider);
  try {
    if (!tokenizer.tokenizeCard) throw new ProviderUnavailableError(provider, "error");
    const token = await tokenizer.tokenizeCard(checked.card);
    return {
      kind: "card",
      token: token.token,
      brand: token.brand,
      last4: token.last4,
      expMonth: String(token.expMonth),
      expYear: String(token.expYear),
    };
  } catch (error) {
    if (error instanceof ProviderUnavailableError) throw new DomainError("destination_provider_unavailable");
    throw error;
  }
}

/**
 * Saves a place to withdraw to. The method must pay out where the customer lives; the
 * details are checked per kind; the second factor proves it is the customer; a card is
 * exchanged for the provider's token. The full details are sealed, only a masked form is
 * shown, and a new destination can be used only after PAYOUT_DESTINATION_HOLD_HOURS (a
 * thief who got into the account cannot add their own account and empty the wallet at once;
 * the customer is emailed and has that long to notice).
 */
export async function addDestination(
  deps: PaymentsDeps,
  userId: string,
  input: NewDestinationInput,
  locale: Locale,
) {
  const { platform, customers } = deps;
  const profile = await customers.profile(platform.db, userId);
  if (!profile) throw new DomainError("authentication_required");
  const method = await withdrawalMethodFor(deps, profile, input.methodId);
  const checked = checkDetails(method.kind, input.details, platform.clock.now());
  // Its own transaction: a code once accepted is used up, whatever happens next.
  await platform.db.transaction().execute((trx) => customers.confirmSecondFactor(trx, userId, input.code));
  const fingerprint = fingerprintOf(platform.config.secret, method.kind, checked.identity);
  const twin = { userId, methodId: method.id, fingerprint };
  if (await findActiveTwin(platform.db, twin)) throw new DomainError("destination_duplicate");
  const payout = await tokenized(deps, method.provider, checked);

  return platform.db.transaction().execute(async (trx) => {
    if (await findActiveTwin(trx, twin)) throw new DomainError("destination_duplicate");
    const now = platform.clock.now();
    const usableAfter = new Date(now.getTime() + platform.config.payments.destinationHoldHours * HOUR_MS);
    const row = await storeDestination(deps, trx, {
      userId,
      method,
      checked,
      payout,
      fingerprint,
      label: input.label,
      createdAt: now,
      usableAfter,
    });
    // A new place money can leave to is a security matter: someone in the account could add theirs.
    await customers.notify(trx, userId, {
      kind: "security",
      copies: destinationAddedEmail(row.label, row.usable_after, customers.url("/payout-destinations")),
      link: "/payout-destinations",
      dedupeKey: `destination:${row.id}:added`,
    });
    return presentDestination({ ...row, display: checked.display }, method, locale, now);
  });
}

/**
 * An operator's import of a destination the customer already used elsewhere (moving
 * customers over from another system, or the demo data): the same checks and sealing, but
 * no second factor and no waiting period, since the operator vouches for it.
 */
export async function importDestination(
  deps: PaymentsDeps,
  userId: string,
  input: Omit<NewDestinationInput, "code"> & { addedAt: Date; firstPaidAt?: Date | null },
) {
  const { platform, customers } = deps;
  const profile = await customers.profile(platform.db, userId);
  if (!profile) throw new DomainError("not_found");
  const method = await withdrawalMethodFor(deps, profile, input.methodId);
  const checked = checkDetails(method.kind, input.details, platform.clock.now());
  const fingerprint = fingerprintOf(platform.config.secret, method.kind, checked.identity);
  const payout = await tokenized(deps, method.provider, checked);
  return platform.db.transaction().execute(async (trx) => {
    if (await findActiveTwin(trx, { userId, methodId: method.id, fingerprint }))
      throw new DomainError("destination_duplicate");
    return storeDestination(deps, trx, {
      userId,
      method,
      checked,
      payout,
      fingerprint,
      label: input.label,
      createdAt: input.addedAt,
      usableAfter: input.addedAt,
      firstPaidAt: input.firstPaidAt ?? null,
    });
  });
}

async function storeDestination(
  deps: PaymentsDeps,
  trx: Executor,
  input: {
    userId: string;
    method: { id: string; kind: DestinationRow["kind"] };
    checked: CheckedDetails;
    payout: Record<string, string>;
    fingerprint: string;
    label: string | undefined;
    createdAt: Date;
    usableAfter: Date;
    firstPaidAt?: Date | null;
  },
) {
  const row = {
    id: newId(deps.platform, "payoutDestination"),
    user_id: input.userId,
    method_id: input.method.id,
    kind: input.method.kind,
    label: input.label?.trim() || input.checked.label,
    display: JSON.stringify(input.checked.display),
    details_sealed: deps.customers.seal(JSON.stringify(input.payout)),
    fingerprint: input.fingerprint,
    status: "active" as const,
    usable_after: input.usableAfter,
    first_paid_at: input.firstPaidAt ?? null,
    created_at: input.createdAt,
    removed_at: null,
  };
  await insertDestination(trx, row);
  return row;
}

export async function listDestinations(deps: PaymentsDeps, userId: string, locale: Locale) {
  const { platform } = deps;
  const now = platform.clock.now();
  const methods = new Map((await deps.methods.all()).map((m) => [m.id, m]));
  const rows = await activeDestinations(platform.db, userId);
  return rows.map((d) => presentDestination(d, methods.get(d.method_id), locale, now));
}

/** Removes a destination from the customer's list (kept for the withdrawals that used it). */
export async function removeDestination(deps: PaymentsDeps, userId: string, id: string): Promise<void> {
  const { platform } = deps;
  await platform.db.transaction().execute(async (trx) => {
    const destination = await findOwnDestination(trx, userId, id);
    if (!destination) throw new DomainError("not_found");
    if (destination.status === "removed") return;
    await updateDestination(trx, id, { status: "removed", removed_at: platform.clock.now() });
  });
}
