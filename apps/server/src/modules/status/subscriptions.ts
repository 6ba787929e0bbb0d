import { createHmac, timingSafeEqual } from "node:crypto";
import { COMPONENT_KEYS, type ComponentKey } from "../../platform/db/schema-status.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { hashToken, newOpaqueToken } from "../accounts/security/tokens.js";
import { maskEmail } from "../support/channels/chat/transcript.js";
import type { StatusDeps } from "./deps.js";
import { statusEmails, subscriberEmail } from "./emails.js";
import {
  deleteSubscriber,
  deleteSubscriberByEmail,
  findSubscriberByEmail,
  findSubscriberById,
  findSubscriberByUnsubscribeHash,
  insertSubscriber,
  purgeUnconfirmed,
  type SubscriberRow,
  spendConfirmToken,
  updateSubscriber,
} from "./subscribers-repository.js";

/**
 * Email subscriptions to the status page, with double opt-in: an address gets nothing until
 * the link sent to it is used (once, within 48 hours). Anyone may ask, so the answer never
 * tells whether the address was known, and a request for a confirmed address changes nothing
 * until the link sent to that address confirms it: the components and language asked for
 * travel inside that link (covered by its hash, so they cannot be edited), not in the row.
 * Every notice carries the subscriber's own unsubscribe link, which works without signing in.
 */

export const CONFIRM_TTL_MS = 48 * 60 * 60_000;
/** One confirmation email per address in this time: asking again does not flood someone's inbox. */
export const CONFIRM_RESEND_MS = 5 * 60_000;
/** Addresses never confirmed are forgotten this long after their last link expired. */
const UNCONFIRMED_KEPT_MS = 7 * 24 * 60 * 60_000;

export interface SubscriptionRequest {
  email: string;
  /** Empty for every component. */
  components: ComponentKey[];
  language: Locale;
}

/** What the confirm and unsubscribe pages show: the address, masked, and what it follows. */
export interface SubscriptionView {
  email: string;
  components: ComponentKey[];
}

/**
 * What the unsubscribe page shows: the subscription, or, for a genuine link whose subscriber is
 * gone (unsubscribed already), that and nothing else: the address was forgotten.
 */
export type UnsubscribeView =
  | (SubscriptionView & { unsubscribed: false })
  | { email: null; components: ComponentKey[]; unsubscribed: true };

const inOrder = (components: readonly ComponentKey[]): ComponentKey[] =>
  COMPONENT_KEYS.filter((key) => components.includes(key));

/** The choice a confirmation link carries: a bit per component (0 for all of them) and the language. */
function choiceCode(components: readonly ComponentKey[], language: Locale): string {
  const mask = COMPONENT_KEYS.reduce(
    (bits, key, i) => (components.includes(key) ? bits | (1 << i) : bits),
    0,
  );
  return `${mask.toString(36)}${language === "zh-CN" ? "z" : "e"}`;
}

/** The random part of a confirmation token: 32 bytes in base64url, the choice code follows it. */
const RANDOM_PART = 43;

function readChoice(token: string): { components: ComponentKey[]; language: Locale } | undefined {
  const code = /^([0-9a-z]{1,3})([ez])$/.exec(token.slice(RANDOM_PART));
  if (!code?.[1] || !code[2]) return undefined;
  const mask = Number.parseInt(code[1], 36);
  if (mask >= 2 ** COMPONENT_KEYS.length) return undefined;
  return {
    components: COMPONENT_KEYS.filter((_, i) => (mask & (1 << i)) !== 0),
    language: code[2] === "z" ? "zh-CN" : "en",
  };
}

/**
 * A subscriber's unsubscribe key: keyed with the server secret over the subscriber's random id,
 * so it can be put in each notice without being stored; only its hash is kept, to find the
 * subscriber by it.
 */
export function unsubscribeToken(secret: string, subscriberId: string): string {
  return createHmac("sha256", secret)
    .update(`status_unsubscribe:${subscriberId}`, "utf8")
    .digest("base64url");
}

/**
 * The token in a subscriber's links, `<subscriber id>.<key>`: the same in every email they get,
 * so each of their links works, and it still proves itself once the subscriber is gone, so an
 * old link clicked again says "already unsubscribed" rather than "not valid".
 */
export function unsubscribeLinkToken(secret: string, subscriberId: string): string {
  return `${subscriberId}.${unsubscribeToken(secret, subscriberId)}`;
}

export function unsubscribeLinks(deps: StatusDeps, subscriberId: string): { page: string; oneClick: string } {
  const { publicUrl, secret } = deps.platform.config;
  const token = encodeURIComponent(unsubscribeLinkToken(secret, subscriberId));
  return {
    page: `${publicUrl}/status/unsubscribe?token=${token}`,
    oneClick: `${publicUrl}/api/v1/status/subscriptions/unsubscribe?token=${token}`,
  };
}

const sameSet = (a: readonly ComponentKey[], b: readonly ComponentKey[]) =>
  a.length === b.length && a.every((key) => b.includes(key));

/**
 * Asks for status emails. Always ends the same way for the caller (the route answers 202), and
 * does the same work whether or not the address is known, so neither the answer nor its timing
 * tells who is subscribed: the row is written and one email goes out (a confirmation link, a
 * link to confirm a change, or, for a confirmed address asking for what it has, a note that it
 * is already subscribed with the link to manage it), unless an email went to the address in the
 * last few minutes, in which case nothing is written or sent.
 */
export async function requestSubscription(deps: StatusDeps, input: SubscriptionRequest): Promise<void> {
  const { platform } = deps;
  const email = input.email.trim().toLowerCase();
  const components = inOrder(input.components);
  await platform.db.transaction().execute(async (trx) => {
    const now = platform.clock.now();
    const token = `${newOpaqueToken(platform.random).token}${choiceCode(components, input.language)}`;
    const confirm = {
      confirm_token_hash: hashToken(token),
      confirm_expires_at: new Date(now.getTime() + CONFIRM_TTL_MS),
    };

    let row = await findSubscriberByEmail(trx, email);
    if (!row) {
      const id = platform.ids.next("statusSubscriber");
      const inserted = await insertSubscriber(trx, {
        id,
        email,
        components,
        language: input.language,
        ...confirm,
        unsubscribe_token_hash: hashToken(unsubscribeToken(platform.config.secret, id)),
        confirmed_at: null,
        created_at: now,
        updated_at: now,
      });
      if (inserted) return sendConfirmation(deps, trx, inserted, token, components, input.language);
      // Someone asked for the same address at the same moment; carry on with their row.
      row = await findSubscriberByEmail(trx, email);
      if (!row) return;
    }
    const lastSent = row.confirm_expires_at ? row.confirm_expires_at.getTime() - CONFIRM_TTL_MS : null;
    if (lastSent !== null && now.getTime() - lastSent < CONFIRM_RESEND_MS) return;
    const unchanged = sameSet(row.components, components) && row.language === input.language;
    if (row.confirmed_at && unchanged) {
      // Nothing to confirm: no link is stored (a change link waiting is superseded, as by every
      // newer request), the time is, so this note is not sent again for a few minutes.
      await updateSubscriber(trx, row.id, { ...confirm, confirm_token_hash: null, updated_at: now });
      const copies = statusEmails.alreadySubscribed(unsubscribeLinks(deps, row.id).page, row.components);
      await deps.messaging.send(
        trx,
        subscriberEmail({ email: row.email, language: row.language }, copies, null),
      );
      return;
    }
    await updateSubscriber(trx, row.id, {
      ...confirm,
      // Until it is confirmed the row only shows the latest wish; a confirmed one keeps what was confirmed.
      ...(row.confirmed_at ? {} : { components, language: input.language }),
      updated_at: now,
    });
    await sendConfirmation(deps, trx, row, token, components, input.language);
  });
}

async function sendConfirmation(
  deps: StatusDeps,
  executor: Executor,
  row: SubscriberRow,
  token: string,
  components: ComponentKey[],
  language: Locale,
): Promise<void> {
  const url = `${deps.platform.config.publicUrl}/status/subscriptions/confirm?token=${encodeURIComponent(token)}`;
  const copies = row.confirmed_at
    ? statusEmails.confirmSubscriptionChange(url, components)
    : statusEmails.confirmSubscription(url, components);
  await deps.messaging.send(executor, subscriberEmail({ email: row.email, language }, copies, null));
}

const invalidLink = () => new DomainError("subscription_link_invalid");

/** Uses a confirmation link: the subscription (or its change) takes effect. Once; 48 hours. */
export async function confirmSubscription(deps: StatusDeps, token: string): Promise<SubscriptionView> {
  const choice = readChoice(token);
  if (!choice) throw invalidLink();
  const row = await spendConfirmToken(deps.platform.db, hashToken(token), deps.platform.clock.now(), choice);
  if (!row) throw invalidLink();
  return { email: maskEmail(row.email), components: inOrder(row.components) };
}

const sameText = (a: string, b: string) => {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Whom an unsubscribe link is for: the subscriber, `"gone"` for a genuine link whose subscriber
 * was removed, undefined for anything else (forged, or made with another server secret).
 */
async function subscriberOfLink(
  deps: StatusDeps,
  executor: Executor,
  token: string,
): Promise<SubscriberRow | "gone" | undefined> {
  if (!token) return undefined;
  const dot = token.lastIndexOf(".");
  if (dot < 0) {
    // A bare key, as emails sent before the id was in the token carry: found while it lasts.
    return findSubscriberByUnsubscribeHash(executor, hashToken(token));
  }
  const id = token.slice(0, dot);
  if (!sameText(token.slice(dot + 1), unsubscribeToken(deps.platform.config.secret, id))) return undefined;
  return (await findSubscriberById(executor, id)) ?? "gone";
}

/** What the unsubscribe page shows before the button is pressed. */
export async function describeUnsubscribe(deps: StatusDeps, token: string): Promise<UnsubscribeView> {
  const row = await subscriberOfLink(deps, deps.platform.db, token);
  if (row === "gone") return { email: null, components: [], unsubscribed: true };
  if (!row?.confirmed_at) throw invalidLink();
  return { email: maskEmail(row.email), components: inOrder(row.components), unsubscribed: false };
}

/**
 * Unsubscribes the link's subscriber: the address is forgotten. Idempotent, and the same answer
 * for a link that matches nobody (a mail client's one-click POST expects no error).
 */
export async function unsubscribe(deps: StatusDeps, token: string): Promise<void> {
  const row = await subscriberOfLink(deps, deps.platform.db, token);
  if (row && row !== "gone") await deleteSubscriber(deps.platform.db, row.id);
}

/**
 * A customer's "maintenance by email" switch in the notification center: on makes their address
 * a confirmed subscriber of every component (they are signed in, so their address is proven);
 * off removes it. In the caller's transaction. Whether the address was subscribed before (turning
 * off) or is now (turning on).
 */
export async function subscribeAccount(
  deps: StatusDeps,
  executor: Executor,
  account: { email: string; language: Locale },
  enabled: boolean,
): Promise<boolean> {
  const { platform } = deps;
  const email = account.email.trim().toLowerCase();
  if (!enabled) return deleteSubscriberByEmail(executor, email);
  const now = platform.clock.now();
  const settled = {
    components: [] as ComponentKey[],
    language: account.language,
    confirm_token_hash: null,
    confirm_expires_at: null,
    updated_at: now,
  };
  const row = await findSubscriberByEmail(executor, email);
  if (row) {
    await updateSubscriber(executor, row.id, { ...settled, confirmed_at: row.confirmed_at ?? now });
    return true;
  }
  const id = platform.ids.next("statusSubscriber");
  const inserted = await insertSubscriber(executor, {
    id,
    email,
    ...settled,
    unsubscribe_token_hash: hashToken(unsubscribeToken(platform.config.secret, id)),
    confirmed_at: now,
    created_at: now,
  });
  return inserted !== undefined || subscribeAccount(deps, executor, account, enabled);
}

/** Forgets addresses that never confirmed (chore): their links expired a week ago. */
export async function purgeUnconfirmedSubscribers(deps: StatusDeps): Promise<number> {
  const before = new Date(deps.platform.clock.now().getTime() - UNCONFIRMED_KEPT_MS);
  return purgeUnconfirmed(deps.platform.db, before);
}
