import type { Actor } from "../../audit/index.js";
import type { SupportDeps } from "../deps.js";

/** The audit trail's name for a staff member: their email (as the rest of the product records staff). */
export async function staffActor(
  deps: Pick<SupportDeps, "customers" | "platform">,
  userId: string,
): Promise<Actor> {
  const profile = await deps.customers.profile(deps.platform.db, userId);
  return { id: userId, label: profile?.email ?? userId };
}
