import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { listIncidents, type StaffComponent } from "../../../api/staff-status";
import { Section } from "../../../components/Section";
import { LoadMore, QueryState } from "../../staff-payments/Feedback";
import { staffStatusKeys } from "../queries";
import { IncidentCard } from "./IncidentCard";

/** Past incidents, newest first, with their timelines: what the public history shows (drafts never made public included). */
export function ResolvedIncidents({ components }: { components: StaffComponent[] }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    queryKey: staffStatusKeys.incidents("resolved"),
    queryFn: ({ pageParam, signal }) => listIncidents({ state: "resolved", cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const incidents = query.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Section
      id="resolved"
      icon="check"
      title={t("staffStatus.resolved.title")}
      description={t("staffStatus.resolved.lead")}
    >
      <QueryState
        query={query}
        isEmpty={incidents.length === 0}
        errorTitle={t("staffStatus.resolved.loadError")}
        empty={t("staffStatus.resolved.empty")}
        emptyIcon="check"
      />
      {incidents.length > 0 && (
        <ul className="staff-list" data-testid="resolved-incidents">
          {incidents.map((incident) => (
            <IncidentCard key={incident.id} incident={incident} components={components} resolved />
          ))}
        </ul>
      )}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
      />
    </Section>
  );
}
