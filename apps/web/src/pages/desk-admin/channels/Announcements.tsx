import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ANNOUNCEMENT_CHANNELS,
  type AnnouncementChannel,
  listAnnouncements,
  postAnnouncement,
} from "../../../api/channelsAdmin";
import { Alert, FormError, SubmitButton } from "../../../components/Form";
import { QueryState } from "../../staff-payments/Feedback";
import { dateTime } from "../../staff-payments/format";
import { channelKeys } from "./channelKeys";

const STATUS_TONE = { queued: "neutral", sent: "ok", failed: "danger" } as const;

/** Public announcements (maintenance, incidents, policy changes) to the Facebook Page and the X account. */
export function Announcements() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const recent = useQuery({
    queryKey: channelKeys.announcements,
    queryFn: ({ signal }) => listAnnouncements(signal),
  });
  const [body, setBody] = useState("");
  const [to, setTo] = useState<AnnouncementChannel[]>([...ANNOUNCEMENT_CHANNELS]);
  const [tried, setTried] = useState(false);
  const post = useMutation({
    mutationFn: () => postAnnouncement(to, body.trim()),
    onSuccess: () => {
      setBody("");
      setTried(false);
      void client.invalidateQueries({ queryKey: channelKeys.announcements });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (body.trim() && to.length > 0) post.mutate();
  };
  const list = recent.data ?? [];
  return (
    <section className="card desk-card" aria-labelledby="announcements-title" data-testid="announcements">
      <div>
        <h2 id="announcements-title">{t("channelsAdmin.announcements.title")}</h2>
        <p className="small muted">{t("channelsAdmin.announcements.lead")}</p>
      </div>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="announcement-body">
            {t("channelsAdmin.announcements.body")}
          </label>
          <textarea
            id="announcement-body"
            rows={3}
            maxLength={5000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-describedby="announcement-body-hint"
            aria-invalid={tried && !body.trim() ? true : undefined}
            data-testid="announcement-body"
          />
          <span className="field__hint" id="announcement-body-hint">
            {t("channelsAdmin.announcements.bodyHint")}
          </span>
        </div>
        <fieldset className="desk-checks">
          <legend>{t("channelsAdmin.announcements.to")}</legend>
          {ANNOUNCEMENT_CHANNELS.map((channel) => (
            <label key={channel} className="desk-check">
              <input
                type="checkbox"
                checked={to.includes(channel)}
                onChange={(e) => setTo(e.target.checked ? [...to, channel] : to.filter((c) => c !== channel))}
                data-testid={`announcement-to-${channel}`}
              />
              {t(`channelsAdmin.names.${channel}`)}
            </label>
          ))}
        </fieldset>
        {tried && to.length === 0 && (
          <p className="field__error" role="alert">
            {t("channelsAdmin.announcements.pickOne")}
          </p>
        )}
        <FormError error={post.error} />
        {post.isSuccess && <Alert tone="ok">{t("channelsAdmin.announcements.posted")}</Alert>}
        <div className="button-row">
          <SubmitButton pending={post.isPending} testId="announcement-post">
            {t("channelsAdmin.announcements.post")}
          </SubmitButton>
        </div>
      </form>
      <h3 className="desk-subhead">{t("channelsAdmin.announcements.recent")}</h3>
      <QueryState
        query={recent}
        isEmpty={list.length === 0}
        errorTitle={t("channelsAdmin.announcements.loadError")}
        empty={t("channelsAdmin.announcements.none")}
      />
      {list.length > 0 && (
        <ul className="announcement-list">
          {list.map((a) => (
            <li key={a.id} data-testid="announcement">
              <div className="announcement-list__head">
                <strong>{t(`channelsAdmin.names.${a.channel}`)}</strong>
                <span className={`badge badge--${STATUS_TONE[a.status]}`}>
                  {t(`channelsAdmin.announcements.status.${a.status}`)}
                </span>
                <time className="small muted" dateTime={a.sentAt ?? a.createdAt}>
                  {dateTime(a.sentAt ?? a.createdAt)}
                </time>
              </div>
              <p className="announcement-list__body">{a.body}</p>
              {a.error && <p className="small channel-health__error">{a.error}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
