import { DomainError } from "../../platform/errors/domain-error.js";
import type { Platform } from "../../platform/platform.js";
import type { Actor } from "../audit/index.js";
import type { AccountsDeps } from "./deps.js";
import { normalizeEmail, normalizePhone } from "./identifiers.js";

export type ChannelKind = "domain" | "email" | "phone" | "social";

export interface OfficialChannel {
  kind: ChannelKind;
  value: string;
  label: string;
}

/** Reads what someone pasted as the kind of channel it is, in a comparable form. */
function classify(input: string): { kind: ChannelKind; value: string } | undefined {
  const text = input.trim();
  if (!text || text.length > 2048) return undefined;
  const email = text.replace(/^mailto:/i, "");
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(email)) {
    const normalized = normalizeEmail(email);
    return normalized ? { kind: "email", value: normalized.toLowerCase() } : undefined;
  }
  // A number dialled with 00 instead of + (0086…) is a phone number, not a handle made of digits.
  const dialled = normalizePhone(text.replace(/^tel:/i, ""));
  if (dialled && /^(tel:)?[+0][\d\s().-]+$/i.test(text)) return { kind: "phone", value: dialled };
  if (/^@?[A-Za-z0-9_.]{2,50}$/.test(text) && (text.startsWith("@") || !text.includes("."))) {
    return { kind: "social", value: text.replace(/^@/, "").toLowerCase() };
  }
  const phone = normalizePhone(text.replace(/^tel:/i, ""));
  if (phone) return { kind: "phone", value: phone };
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return { kind: "domain", value: url.hostname.toLowerCase().replace(/\.$/, "") };
  } catch {
    return undefined;
  }
}

/**
 * "Is this really us?": whether a link, email address, phone number or social handle is one
 * of the operator's official channels. A domain matches itself and its subdomains only, so
 * `wallet.example.com.evil.io` is not `wallet.example.com`.
 */
export async function checkOfficialChannel(
  platform: Platform,
  input: string,
): Promise<{ official: boolean; channel?: OfficialChannel }> {
  const candidate = classify(input);
  if (!candidate) return { official: false };
  const rows = await platform.db
    .selectFrom("official_channels")
    .selectAll()
    .where("kind", "=", candidate.kind)
    .execute();
  const match = rows.find((row) => {
    const value = row.value.toLowerCase();
    if (candidate.kind === "domain")
      return candidate.value === value || candidate.value.endsWith(`.${value}`);
    return candidate.value === value;
  });
  return match
    ? { official: true, channel: { kind: match.kind, value: match.value, label: match.label } }
    : { official: false };
}

/** The channels every install has from the start: its own address, support mailbox and phone lines. */
export async function seedOfficialChannels(platform: Platform): Promise<void> {
  const { config } = platform;
  const defaults: OfficialChannel[] = [
    { kind: "domain", value: new URL(config.publicUrl).hostname, label: "Satchel web app" },
  ];
  if (config.supportEmail)
    defaults.push({ kind: "email", value: config.supportEmail, label: "Satchel support" });
  // Our phone lines: a caller can check that the number they were given is really ours.
  for (const line of config.channels.phoneLines)
    defaults.push({ kind: "phone", value: line.number, label: `Satchel support: ${line.label.en}` });
  for (const channel of defaults) {
    await platform.db
      .insertInto("official_channels")
      .values({ id: platform.ids.next("channel"), ...channel, created_at: platform.clock.now() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function listOfficialChannels(platform: Platform) {
  const rows = await platform.db
    .selectFrom("official_channels")
    .selectAll()
    .orderBy("kind")
    .orderBy("value")
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, value: r.value, label: r.label }));
}

export async function addOfficialChannel(deps: AccountsDeps, actor: Actor, input: OfficialChannel) {
  const { platform } = deps;
  const classified = classify(input.kind === "social" ? `@${input.value.replace(/^@/, "")}` : input.value);
  // Stored in the same normal form the check compares with.
  const value =
    classified && classified.kind === input.kind ? classified.value : input.value.trim().toLowerCase();
  const id = platform.ids.next("channel");
  return platform.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("official_channels")
      .values({ id, kind: input.kind, value, label: input.label, created_at: platform.clock.now() })
      .onConflict((oc) => oc.doNothing())
      .returning(["id", "kind", "value", "label"])
      .executeTakeFirst();
    if (!inserted)
      throw new DomainError("validation_failed", {}, [
        { in: "body", path: "/value", code: "duplicate", message: "Already listed" },
      ]);
    await deps.audit.record(
      trx,
      actor,
      "official_channel.added",
      { type: "official_channel", id },
      { kind: input.kind, value },
    );
    return inserted;
  });
}

export async function removeOfficialChannel(deps: AccountsDeps, actor: Actor, id: string) {
  await deps.platform.db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom("official_channels").where("id", "=", id).executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw new DomainError("not_found");
    await deps.audit.record(trx, actor, "official_channel.removed", { type: "official_channel", id });
  });
}
