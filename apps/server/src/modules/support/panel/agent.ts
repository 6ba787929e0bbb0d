import type { FastifyRequest } from "fastify";
import { authOf } from "../../accounts/index.js";
import { staffCaller } from "../console/access.js";
import type { SupportDeps } from "../deps.js";
import type { PanelAgent } from "./ticket-notes.js";

/** The signed-in staff member as the console names them, with the language their notes are written in. */
export async function panelAgent(deps: SupportDeps, request: FastifyRequest): Promise<PanelAgent> {
  const auth = authOf(request);
  const { db } = deps.platform;
  const caller = await staffCaller(deps, db, auth);
  const me = await deps.customers.profile(db, auth.userId);
  return { ...caller, language: me?.language ?? request.locale };
}
