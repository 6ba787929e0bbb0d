import type { TicketStatus } from "../../../platform/db/schema-support.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import type { TicketPatch, TicketRow } from "../tickets/repository.js";

/**
 * The columns a status change writes: the status, the SLA clock's answer (pending pauses it,
 * leaving pending moves the due dates on), solved_at (set on solving, cleared on reopening,
 * kept when a solved ticket is closed: reports measure resolution up to it) and closed_at.
 */
export async function statusPatch(
  deps: SupportDeps,
  executor: Executor,
  ticket: TicketRow,
  to: TicketStatus,
  at: Date,
): Promise<TicketPatch & { status: TicketStatus }> {
  const sla = await deps.sla.onStatusChange(executor, ticket, to, at);
  const patch: TicketPatch & { status: TicketStatus } = { ...sla, status: to };
  if (to === "solved") patch.solved_at = at;
  else if (to !== "closed") patch.solved_at = null;
  if (to === "closed") patch.closed_at = at;
  return patch;
}
