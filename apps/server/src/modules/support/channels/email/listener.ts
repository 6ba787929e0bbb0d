import type { SupportDeps } from "../../deps.js";

/** The inbound SMTP listener on SMTP_INBOUND_PORT (placeholder until the email channel lands). */
export async function startEmailListener(_deps: SupportDeps): Promise<void> {}
export async function stopEmailListener(_deps: SupportDeps): Promise<void> {}
