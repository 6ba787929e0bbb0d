import type { ChannelSender } from "../outbound.js";
import type { SocialChannel } from "./access.js";

/**
 * A social network as the desk uses it: replies to a person (ChannelSender, called by the
 * outbox) and public posts (announcements). The same code runs against the real API and, in
 * tests, against a local fake: only the base URL (config.channels.*ApiUrl) differs.
 */
export interface SocialAdapter extends ChannelSender {
  readonly channel: SocialChannel;
  /** Publishes a post on the account (Page feed, X post); the provider's id for it. */
  announce(text: string): Promise<{ externalId: string }>;
}
