import type { ConfigurableChannel } from "../../../../platform/db/schema-channels.js";
import { DomainError } from "../../../../platform/errors/domain-error.js";
import { randomToken } from "../../../../platform/random.js";
import type { Actor } from "../../../audit/index.js";
import type { SupportDeps } from "../../deps.js";
import {
  CHANNEL_SECRETS,
  ensureChannelRow,
  type Sealer,
  secretExpiryKey,
  secretFromEnvironment,
} from "../settings.js";

/**
 * The channels' secrets on the admin page. Two kinds: those Satchel issues (the inbound-mail
 * token, Messenger's verify token, the voice webhook secret: random, rotated here, pasted at
 * the provider) and those the provider issues (Messenger's app secret and page token, X's
 * consumer secret, access and refresh tokens and client secret: pasted here; X's access and
 * refresh tokens are then replaced by Satchel as it refreshes them, social/x-tokens.ts). Kept
 * sealed in the channel's row; the page sees whether each is set, where from, and its last
 * four characters, never the value (a rotated secret is shown once, in the answer to the
 * rotation).
 */

export type SecretIssuer = "satchel" | "provider";

const GENERATED_HERE: ReadonlySet<string> = new Set([
  "email.inboundToken",
  "messenger.verifyToken",
  "phone.voiceSecret",
]);

export function issuerOf(channel: ConfigurableChannel, name: string): SecretIssuer {
  return GENERATED_HERE.has(`${channel}.${name}`) ? "satchel" : "provider";
}

export interface SecretView {
  name: string;
  issuer: SecretIssuer;
  configured: boolean;
  source: "database" | "environment" | null;
  /** The last four characters, enough to tell two values apart. */
  hint: string | null;
}

/** Enough of a secret to recognise it, never enough to use it. */
export function secretHint(value: string): string {
  return value.length <= 8 ? "…" : `…${value.slice(-4)}`;
}

function knownSecret(channel: ConfigurableChannel, name: string): void {
  const names: readonly string[] = CHANNEL_SECRETS[channel];
  if (!names.includes(name)) throw new DomainError("channel_secret_not_found", { channel, name });
}

/** Where each secret of a channel comes from now: the page's sealed value, else the environment's. */
export function secretViews(
  deps: SupportDeps,
  sealer: Sealer,
  channel: ConfigurableChannel,
  sealed: Record<string, string> | undefined,
): SecretView[] {
  return CHANNEL_SECRETS[channel].map((name): SecretView => {
    const issuer = issuerOf(channel, name);
    const stored = sealed?.[name];
    if (stored) {
      try {
        return { name, issuer, configured: true, source: "database", hint: secretHint(sealer.open(stored)) };
      } catch {
        // Sealed under another SATCHEL_SECRET: unusable, so the environment's value stands in (as readSecret does).
      }
    }
    const env = secretFromEnvironment(deps.platform, channel, name);
    return env
      ? { name, issuer, configured: true, source: "environment", hint: secretHint(env) }
      : { name, issuer, configured: false, source: null, hint: null };
  });
}

/**
 * Seals the new value into the channel's row, with the row held so two admins at once cannot
 * drop each other's other secrets, and audits the change with the hint only.
 */
async function storeSecret(
  deps: SupportDeps,
  actor: Actor,
  channel: ConfigurableChannel,
  name: string,
  value: string,
  action: "channel.secret_rotated" | "channel.secret_set",
): Promise<void> {
  const { platform } = deps;
  const at = platform.clock.now();
  await platform.db.transaction().execute(async (trx) => {
    await ensureChannelRow(trx, channel, at);
    const row = await trx
      .selectFrom("support_channel_settings")
      .select("secrets")
      .where("channel", "=", channel)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const secrets = { ...row.secrets, [name]: deps.customers.seal(value) };
    // A pasted value's lifetime is unknown: it is used until the provider refuses it.
    delete secrets[secretExpiryKey(name)];
    await trx
      .updateTable("support_channel_settings")
      .set({ secrets: JSON.stringify(secrets), updated_by: actor.id, updated_at: at })
      .where("channel", "=", channel)
      .execute();
    await deps.audit.record(
      trx,
      actor,
      action,
      { type: "support_channel", id: channel },
      { secret: name, hint: secretHint(value) },
    );
  });
}

/** A new random value for a secret Satchel issues; the answer is the only time it is shown. */
export async function rotateSecret(
  deps: SupportDeps,
  actor: Actor,
  channel: ConfigurableChannel,
  name: string,
): Promise<{ value: string; hint: string }> {
  knownSecret(channel, name);
  if (issuerOf(channel, name) !== "satchel")
    throw new DomainError("channel_secret_issued_by_provider", { channel, name });
  const value = randomToken(deps.platform.random, 32);
  await storeSecret(deps, actor, channel, name, value, "channel.secret_rotated");
  return { value, hint: secretHint(value) };
}

/** A provider-issued secret pasted in from the provider's dashboard. */
export async function setSecret(
  deps: SupportDeps,
  actor: Actor,
  channel: ConfigurableChannel,
  name: string,
  value: string,
): Promise<{ hint: string }> {
  knownSecret(channel, name);
  if (issuerOf(channel, name) !== "provider")
    throw new DomainError("channel_secret_generated_here", { channel, name });
  await storeSecret(deps, actor, channel, name, value, "channel.secret_set");
  return { hint: secretHint(value) };
}
