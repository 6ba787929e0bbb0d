/**
 * A channel's health in one word for the admin page, from what the channels record as they
 * work (settings.ts recordHealth: the last message in, the last reply out, the last error).
 */

export type HealthStatus = "ok" | "error" | "idle" | "off" | "not_configured";

/** Without a message in or out for this long, a channel that works counts as idle. */
export const IDLE_AFTER_MS = 7 * 86_400_000;

export interface HealthInput {
  enabled: boolean;
  /** Its required secrets (or, for email, a way in) are there. */
  configured: boolean;
  lastInboundAt: Date | null;
  lastOutboundAt: Date | null;
  lastErrorAt: Date | null;
}

const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * off: turned off here. not_configured: a secret it needs is missing. error: the last thing
 * that happened was an error (a message in or out since then clears it). ok: a message went
 * in or out in the last week. idle: nothing yet, or nothing for a week.
 */
export function healthStatus(input: HealthInput, now: Date): HealthStatus {
  if (!input.enabled) return "off";
  if (!input.configured) return "not_configured";
  const activity = latest(input.lastInboundAt, input.lastOutboundAt);
  if (input.lastErrorAt && (!activity || input.lastErrorAt >= activity)) return "error";
  if (activity && now.getTime() - activity.getTime() <= IDLE_AFTER_MS) return "ok";
  return "idle";
}
