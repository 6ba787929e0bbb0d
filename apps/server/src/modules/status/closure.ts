import { z } from "zod";
import type { ComponentKey } from "../../platform/db/schema-status.js";
import type { Availability, StatusGate } from "./index.js";

/**
 * Why a component is closed right now, for screens that must say so before anyone tries (the
 * chat widget's availability): the gate's own decision, so it agrees with the refusal that
 * would follow, with the end of the maintenance and the page that explains it.
 */
export interface ServiceClosure {
  reason: "maintenance" | "major_outage";
  /** The real end of the maintenance (ISO 8601); null for an outage, whose end is not known. */
  until: string | null;
  statusUrl: string;
}

/** The page that explains a refusal: the incident's, else the status page. */
export function statusUrlOf(publicUrl: string, decision: Exclude<Availability, { available: true }>): string {
  return decision.reason === "major_outage" && decision.incidentId
    ? `${publicUrl}/status/incidents/${decision.incidentId}`
    : `${publicUrl}/status`;
}

/** Null while the component is available. */
export async function serviceClosure(
  gate: Pick<StatusGate, "availability">,
  component: ComponentKey,
  publicUrl: string,
): Promise<ServiceClosure | null> {
  const decision = await gate.availability(component);
  if (decision.available) return null;
  return {
    reason: decision.reason,
    until: decision.reason === "maintenance" ? decision.endsAt.toISOString() : null,
    statusUrl: statusUrlOf(publicUrl, decision),
  };
}

/** The closure as an API answer shows it (null while the component is available). */
export const serviceClosureSchema = z
  .object({
    reason: z
      .enum(["maintenance", "major_outage"])
      .describe("Under maintenance, or a major outage (the status page's words)"),
    until: z
      .string()
      .nullable()
      .describe("When the maintenance ends (ISO 8601); null for an outage, whose end is not known"),
    statusUrl: z.string().describe("The status page, or the incident's page"),
  })
  .nullable();
