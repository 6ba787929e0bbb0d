import { api } from "./client";
import { isRecord, signal, str } from "./parse";

// "Is this really Satchel?" (API.md: GET /api/v1/official-channels/check): whether a link, email
// address, phone number or social handle someone received belongs to the operator.

export type ChannelKind = "domain" | "email" | "phone" | "social";

export interface ChannelCheck {
  official: boolean;
  channel: { kind: ChannelKind; value: string; label: string } | null;
}

const KINDS: readonly ChannelKind[] = ["domain", "email", "phone", "social"];

export function parseChannelCheck(body: unknown): ChannelCheck {
  if (!isRecord(body)) return { official: false, channel: null };
  const channel = isRecord(body.channel) ? body.channel : null;
  const kind = KINDS.find((k) => k === channel?.kind);
  return {
    official: body.official === true,
    channel: channel && kind ? { kind, value: str(channel.value), label: str(channel.label) } : null,
  };
}

export async function checkOfficialChannel(value: string, abort?: AbortSignal): Promise<ChannelCheck> {
  return parseChannelCheck(
    await api.get<unknown>("/api/v1/official-channels/check", { query: { value }, ...signal(abort) }),
  );
}
