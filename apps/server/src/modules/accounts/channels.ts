import type { Platform } from "../../platform/platform.js";
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

/** The channels every install has from the start: its own address and support mailbox. */
export async function seedOfficialChannels(platform: Platform): Promise<void> {
  const { config } = platform;
  const defaults: OfficialChannel[] = [
    { kind: "domain", value: new URL(config.publicUrl).hostname, label: "Satchel web app" },
  ];
  if (config.supportEmail)
    defaults.push({ kind: "email", value: config.supportEmail, label: "Satchel support" });
  for (const channel of defaults) {
    await platform.db
      .insertInto("official_channels")
      .values({ id: platform.ids.next("channel"), ...channel, created_at: platform.clock.now() })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
