import type { SupportDeps } from "../deps.js";
import { startEmailListener, stopEmailListener } from "./email/listener.js";
import { registerEmailSender } from "./email/sender.js";
import { registerSocialSenders } from "./social/senders.js";

/**
 * The channels' moving parts: the senders of agents' replies (registered when the module is
 * built, so the outbox worker can deliver on any node) and the listeners that run while the
 * server does (the inbound SMTP server on SMTP_INBOUND_PORT).
 */

export function registerChannelSenders(deps: SupportDeps): void {
  registerEmailSender(deps);
  registerSocialSenders(deps);
}

export async function startChannels(deps: SupportDeps): Promise<void> {
  await startEmailListener(deps);
}

export async function stopChannels(deps: SupportDeps): Promise<void> {
  await stopEmailListener(deps);
}
