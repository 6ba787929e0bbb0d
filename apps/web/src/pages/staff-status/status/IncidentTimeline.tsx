import { useTranslation } from "react-i18next";
import type { IncidentUpdate } from "../../../api/staff-status";
import { dateTime } from "../../staff-payments/format";
import { IncidentStatusBadge } from "../badges";
import { actorName } from "../text";

/** An incident's updates, newest first, each in both languages (what subscribers and the public page got). */
export function IncidentTimeline({ updates }: { updates: IncidentUpdate[] }) {
  const { t } = useTranslation();
  if (updates.length === 0) return <p className="muted">{t("staffStatus.timeline.empty")}</p>;
  return (
    <section className="incident-timeline" aria-label={t("staffStatus.timeline.title")}>
      <h4>{t("staffStatus.timeline.title")}</h4>
      <ol data-testid="incident-timeline">
        {updates.map((u) => {
          const who = actorName(u);
          return (
            <li key={u.id}>
              <div className="incident-timeline__head">
                <IncidentStatusBadge status={u.status} />
                <time dateTime={u.createdAt ?? undefined} className="small muted">
                  {dateTime(u.createdAt)}
                </time>
                {who && <span className="small muted">{t("staffStatus.timeline.by", { who })}</span>}
              </div>
              <p lang="en">{u.body.en}</p>
              {u.body["zh-CN"] !== u.body.en && <p lang="zh-CN">{u.body["zh-CN"]}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
