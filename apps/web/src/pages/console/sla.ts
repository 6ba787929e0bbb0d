import type { SlaView, TicketStatus } from "../../api/console";

/** "Due soon" as the badge colours it: two hours or less left, like the server's due_soon view. */
export const DUE_SOON_MS = 2 * 60 * 60 * 1000;

export type SlaState =
  | { kind: "none" }
  | { kind: "paused" }
  | { kind: "breached"; which: "firstResponse" | "resolution" }
  | { kind: "due"; which: "firstResponse" | "resolution"; dueAt: Date; soon: boolean };

function date(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * What a ticket's SLA badge says: nothing for solved and closed tickets, "paused" while the
 * customer is being waited on, "breached" when a target was missed, otherwise the next target
 * still ahead. A target whose time has passed without a breach was met (the server flags misses).
 */
export function slaState(sla: SlaView | null, status: TicketStatus, now: number): SlaState {
  if (!sla || status === "solved" || status === "closed") return { kind: "none" };
  if (sla.paused || status === "pending") return { kind: "paused" };
  if (sla.firstResponseBreached) return { kind: "breached", which: "firstResponse" };
  if (sla.resolutionBreached) return { kind: "breached", which: "resolution" };
  const candidates: { which: "firstResponse" | "resolution"; at: Date }[] = [];
  const first = sla.firstRespondedAt ? null : date(sla.firstResponseDueAt);
  if (first && first.getTime() > now) candidates.push({ which: "firstResponse", at: first });
  const resolution = date(sla.resolutionDueAt);
  if (resolution && resolution.getTime() > now) candidates.push({ which: "resolution", at: resolution });
  candidates.sort((a, b) => a.at.getTime() - b.at.getTime());
  const next = candidates[0];
  if (!next) return { kind: "none" };
  return { kind: "due", which: next.which, dueAt: next.at, soon: next.at.getTime() - now <= DUE_SOON_MS };
}
