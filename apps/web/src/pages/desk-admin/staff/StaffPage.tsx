import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { listGroups } from "../../../api/deskAdmin";
import { listStaff, type StaffMember } from "../../../api/deskAdminStaff";
import { useUser } from "../../../auth/useUser";
import { Alert } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { QueryState } from "../../staff-payments/Feedback";
import { DeskAdminFrame } from "../DeskAdminFrame";
import { deskAdminKeys } from "../queries";
import { InviteDialog } from "./InviteDialog";
import { StaffTable } from "./StaffTable";

/** Admins: everyone who works at Satchel, invitations, roles and deactivation. */
export function StaffPage() {
  const { t } = useTranslation();
  const me = useUser();
  const staff = useQuery({ queryKey: deskAdminKeys.staff, queryFn: ({ signal }) => listStaff(signal) });
  const groups = useQuery({ queryKey: deskAdminKeys.groups, queryFn: ({ signal }) => listGroups(signal) });
  const [inviting, setInviting] = useState(false);
  const [invited, setInvited] = useState<StaffMember | null>(null);
  const [showInactive, setShowInactive] = useState(true);
  const members = staff.data ?? [];
  const inactive = members.filter((m) => m.deactivatedAt !== null).length;
  const shown = showInactive ? members : members.filter((m) => m.deactivatedAt === null);
  const withoutMfa = members.filter((m) => m.deactivatedAt === null && !m.twoFactor).length;

  return (
    <DeskAdminFrame
      page="staff"
      actions={
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setInvited(null);
            setInviting(true);
          }}
          data-testid="staff-invite"
        >
          <Icon name="plus" size={18} />
          {t("deskAdmin.staff.invite")}
        </button>
      }
    >
      <div className="stack stack--sections">
        {invited && (
          <Alert tone="ok" title={t("deskAdmin.staff.invitedTitle")} testId="staff-invited">
            {t("deskAdmin.staff.invitedBody", { email: invited.email })}
          </Alert>
        )}
        {withoutMfa > 0 && (
          <Alert tone="warning" testId="staff-mfa-warning">
            {t("deskAdmin.staff.withoutMfa", { count: withoutMfa })}
          </Alert>
        )}
        <section className="card desk-card" aria-labelledby="staff-list-title">
          <div className="desk-card__head">
            <h2 id="staff-list-title">
              {staff.data
                ? t("deskAdmin.staff.listTitle", { count: members.length })
                : t("deskAdmin.pages.staff.title")}
            </h2>
            {inactive > 0 && (
              <label className="desk-check">
                <input
                  type="checkbox"
                  checked={showInactive}
                  onChange={(e) => setShowInactive(e.target.checked)}
                  data-testid="staff-show-inactive"
                />
                {t("deskAdmin.staff.showInactive", { count: inactive })}
              </label>
            )}
          </div>
          <QueryState
            query={staff}
            isEmpty={members.length === 0}
            errorTitle={t("deskAdmin.staff.loadError")}
            empty={t("deskAdmin.staff.empty")}
          />
          {shown.length > 0 && <StaffTable members={shown} groups={groups.data ?? []} meId={me.id} />}
        </section>
      </div>
      <InviteDialog
        open={inviting}
        groups={groups.data ?? []}
        onClose={() => setInviting(false)}
        onInvited={(member) => {
          setInviting(false);
          setInvited(member);
        }}
      />
    </DeskAdminFrame>
  );
}
