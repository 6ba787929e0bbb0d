import type { SupportDeps } from "../../deps.js";

/** Registers the Messenger and X senders (placeholder until the social channels land). */
export function registerSocialSenders(_deps: SupportDeps): void {}
