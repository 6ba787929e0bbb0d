import type { ConfigurableChannel } from "../../../../platform/db/schema-channels.js";
import type { Actor } from "../../../audit/index.js";
import type { SupportDeps } from "../../deps.js";
import { ensureChannelRow } from "../settings.js";
import { applySettingsPatch, settingsFrom } from "./channel-settings.js";
import { type ChannelView, channelView } from "./view.js";

export interface ChannelPatch {
  enabled?: boolean | undefined;
  settings?: Record<string, unknown> | undefined;
}

/**
 * Turns a channel on or off and changes its settings, audited as channel.updated with what
 * changed (before and after). The row is held, so two admins saving at once both count. A
 * channel that is off refuses what arrives on it (channels.enabled); on again, it takes
 * messages at once on every node, since each reads the row when a message comes.
 */
export async function updateChannel(
  deps: SupportDeps,
  actor: Actor,
  channel: ConfigurableChannel,
  patch: ChannelPatch,
): Promise<ChannelView> {
  const { platform } = deps;
  const at = platform.clock.now();
  await platform.db.transaction().execute(async (trx) => {
    await ensureChannelRow(trx, channel, at);
    const row = await trx
      .selectFrom("support_channel_settings")
      .select(["enabled", "settings"])
      .where("channel", "=", channel)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const before: Record<string, unknown> = settingsFrom(channel, row.settings);
    const after = patch.settings ? applySettingsPatch(channel, before, patch.settings) : before;
    const enabled = patch.enabled ?? row.enabled;
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    if (enabled !== row.enabled) changed.enabled = { from: row.enabled, to: enabled };
    for (const key of Object.keys(after)) {
      const from = before[key];
      if (JSON.stringify(from) !== JSON.stringify(after[key])) changed[key] = { from, to: after[key] };
    }
    if (Object.keys(changed).length === 0) return;
    await trx
      .updateTable("support_channel_settings")
      .set({ enabled, settings: JSON.stringify(after), updated_by: actor.id, updated_at: at })
      .where("channel", "=", channel)
      .execute();
    await deps.audit.record(
      trx,
      actor,
      "channel.updated",
      { type: "support_channel", id: channel },
      { changed },
    );
  });
  return channelView(deps, channel);
}
