import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getStatusOverview } from "../../../api/staff-status";
import { roleAllows } from "../../../auth/RequireRole";
import { useUser } from "../../../auth/useUser";
import { Alert } from "../../../components/Form";
import { currentLanguage } from "../../../i18n";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { staffStatusKeys } from "../queries";
import { StaffStatusFrame } from "../StaffStatusFrame";
import { ComponentsSection } from "./ComponentsSection";
import { IncidentsSection } from "./IncidentsSection";
import { MaintenanceSection } from "./MaintenanceSection";
import { ResolvedIncidents } from "./ResolvedIncidents";

/**
 * /admin/status: what the public status page shows and the controls behind it. Supervisors and
 * admins keep incidents; components and maintenance windows are admins' (the server checks the
 * same), so supervisors see them without the controls.
 */
export function StatusAdminPage() {
  const { t } = useTranslation();
  const user = useUser();
  const isAdmin = roleAllows(user.role, "admin");
  // Drafts opened by automatic signals appear on their own; a minute is soon enough to notice them.
  const overview = useQuery({
    queryKey: staffStatusKeys.overview,
    queryFn: ({ signal }) => getStatusOverview(signal),
    refetchInterval: 30_000,
  });
  const data = overview.data;
  const count = (n: number) => new Intl.NumberFormat(currentLanguage()).format(n);

  return (
    <StaffStatusFrame
      page="status"
      actions={
        data ? (
          <dl className="staff-facts subscriber-counts" data-testid="subscriber-counts">
            <div>
              <dt>{t("staffStatus.subscribers.confirmed")}</dt>
              <dd>{count(data.subscribers.confirmed)}</dd>
            </div>
            <div>
              <dt>{t("staffStatus.subscribers.pending")}</dt>
              <dd>{count(data.subscribers.pending)}</dd>
            </div>
          </dl>
        ) : null
      }
    >
      <div className="stack stack--sections">
        <p>
          <a href="/status" target="_blank" rel="noreferrer">
            {t("staffStatus.publicPage")}
          </a>
        </p>
        {!isAdmin && (
          <Alert tone="info" testId="status-supervisor-note">
            {t("staffStatus.supervisorNote")}
          </Alert>
        )}
        {overview.isPending && <Loading />}
        {overview.isError && !data && (
          <LoadFailed
            title={t("staffStatus.loadError")}
            error={overview.error}
            onRetry={() => void overview.refetch()}
          />
        )}
        {data && (
          <>
            <ComponentsSection components={data.components} canEdit={isAdmin} />
            <IncidentsSection incidents={data.incidents} components={data.components} />
            <MaintenanceSection
              maintenances={data.maintenances}
              components={data.components}
              canEdit={isAdmin}
            />
            <ResolvedIncidents components={data.components} />
          </>
        )}
      </div>
    </StaffStatusFrame>
  );
}
