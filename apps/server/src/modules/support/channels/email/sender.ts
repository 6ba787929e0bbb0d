import type { SupportDeps } from "../../deps.js";

/** Registers the email sender of agents' replies (placeholder until the email channel lands). */
export function registerEmailSender(_deps: SupportDeps): void {}
