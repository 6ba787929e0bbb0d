import type { SupportDeps } from "../../deps.js";
import { registerAnnouncementDelivery } from "./announcements.js";
import { createMessengerAdapter } from "./messenger.js";
import { createXAdapter } from "./x.js";

/**
 * Registers the Messenger and X senders of agents' replies, and the delivery of announcements
 * through the same adapters (both run in the outbox worker, on whichever node runs it).
 */
export function registerSocialSenders(deps: SupportDeps): void {
  const messenger = createMessengerAdapter(deps);
  const x = createXAdapter(deps);
  deps.channels.registerSender(messenger);
  deps.channels.registerSender(x);
  registerAnnouncementDelivery(deps, { messenger, x });
}
