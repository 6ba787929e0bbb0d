import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { listChannels } from "../../../api/channelsAdmin";
import { QueryState } from "../../staff-payments/Feedback";
import { DeskAdminFrame } from "../DeskAdminFrame";
import { Announcements } from "./Announcements";
import { ChannelCard } from "./ChannelCard";
import { channelKeys } from "./channelKeys";
import "./channels.css";

/**
 * Admins: every way customers reach the desk (email, chat, phone, Messenger, X): on or off,
 * health, settings, secrets (rotated or set here, never shown whole) and the URLs to give the
 * providers; and announcements to the social accounts.
 */
export function ChannelsPage() {
  const { t } = useTranslation();
  // Health moves while the page is open (messages in and out, errors): asked again each minute.
  const channels = useQuery({
    queryKey: channelKeys.list,
    queryFn: ({ signal }) => listChannels(signal),
    refetchInterval: 60_000,
  });
  const list = channels.data ?? [];
  return (
    <DeskAdminFrame page="channels">
      <div className="stack stack--sections">
        <QueryState
          query={channels}
          isEmpty={list.length === 0}
          errorTitle={t("channelsAdmin.loadError")}
          empty={t("channelsAdmin.loadError")}
        />
        {list.length > 0 && (
          <nav className="desk-admin__toc" aria-label={t("channelsAdmin.title")}>
            <ul>
              {list.map((c) => (
                <li key={c.channel}>
                  <a href={`#channel-${c.channel}-title`}>{t(`channelsAdmin.names.${c.channel}`)}</a>
                </li>
              ))}
              <li>
                <a href="#announcements-title">{t("channelsAdmin.announcements.title")}</a>
              </li>
            </ul>
          </nav>
        )}
        {list.map((channel) => (
          <ChannelCard key={channel.channel} channel={channel} />
        ))}
        <Announcements />
      </div>
    </DeskAdminFrame>
  );
}
