import type { QueryClient } from "@tanstack/react-query";
import type { ChannelInfo } from "../../../api/channelsAdmin";
import { deskAdminKeys } from "../queries";

/** Query keys of the channels admin page (under the desk settings' root, dropped on sign-out). */
export const channelKeys = {
  list: [...deskAdminKeys.all, "channels"] as const,
  announcements: [...deskAdminKeys.all, "announcements"] as const,
};

/** Puts a channel the server answered with into the page's list, in place. */
export function replaceChannel(client: QueryClient, saved: ChannelInfo): void {
  client.setQueryData<ChannelInfo[]>(channelKeys.list, (list) =>
    list?.map((c) => (c.channel === saved.channel ? saved : c)),
  );
}
