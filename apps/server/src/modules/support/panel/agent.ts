import type { FastifyRequest } from "fastify";
import { authOf } from "../../accounts/index.js";
import type { SupportDeps } from "../deps.js";
import type { PanelAgent } from "./ticket-notes.js";

/** The signed-in staff member as the panel's actions name them (email in the audit log, name in notes). */
export async function panelAgent(deps: SupportDeps, request: FastifyRequest): Promise<PanelAgent> {
  const { userId } = authOf(request);
  const me = await deps.customers.profile(deps.platform.db, userId);
  return {
    id: userId,
    label: me?.email ?? userId,
    name: me?.name ?? me?.email ?? userId,
    language: me?.language ?? request.locale,
  };
}
