import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SupportGroup } from "../../../api/deskAdmin";
import {
  changeStaffRole,
  deactivateStaff,
  reactivateStaff,
  STAFF_ROLES,
  type StaffMember,
  type StaffRole,
} from "../../../api/deskAdminStaff";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { StatePill } from "../../../components/Section";
import { currentLanguage } from "../../../i18n";
import { dateTime } from "../../staff-payments/format";
import { consoleCopies, deskAdminKeys } from "../queries";

const COLUMNS = 7;

type Pending =
  | { kind: "role"; member: StaffMember; role: StaffRole }
  | { kind: "deactivate"; member: StaffMember }
  | { kind: "reactivate"; member: StaffMember };

/** A row per staff member; a role change or (de)activation asks first, then applies at once. */
export function StaffTable({
  members,
  groups,
  meId,
}: {
  members: StaffMember[];
  groups: SupportGroup[];
  meId: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const groupName = (key: string) => groups.find((g) => g.key === key)?.name[lang] ?? key;
  const apply = useMutation({
    mutationFn: (p: Pending) =>
      p.kind === "role"
        ? changeStaffRole(p.member.id, p.role)
        : p.kind === "deactivate"
          ? deactivateStaff(p.member.id)
          : reactivateStaff(p.member.id),
    onSuccess: (updated) => {
      queryClient.setQueryData<StaffMember[]>(deskAdminKeys.staff, (all) =>
        all?.map((m) => (m.id === updated.id ? updated : m)),
      );
      setPending(null);
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.staff });
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.agents });
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.groups });
      void queryClient.invalidateQueries({ queryKey: consoleCopies.agents });
    },
  });
  const ask = (p: Pending) => {
    apply.reset();
    setPending(p);
  };
  const nameOf = (m: StaffMember) => m.name ?? m.email;
  const confirmText = (p: Pending) =>
    p.kind === "role"
      ? t("deskAdmin.staff.roleConfirm", {
          name: nameOf(p.member),
          from: t(`deskAdmin.roles.${p.member.role}`),
          to: t(`deskAdmin.roles.${p.role}`),
        })
      : p.kind === "deactivate"
        ? `${t("deskAdmin.staff.deactivateConfirm", { name: nameOf(p.member) })}${
            p.member.openTickets > 0
              ? ` ${t("deskAdmin.staff.openTicketsNote", { count: p.member.openTickets })}`
              : ""
          }`
        : t("deskAdmin.staff.reactivateConfirm", { name: nameOf(p.member) });

  return (
    <div className="table-wrap">
      <table className="data-table staff-table">
        <caption className="visually-hidden">{t("deskAdmin.staff.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("deskAdmin.staff.columns.person")}</th>
            <th scope="col">{t("deskAdmin.staff.columns.role")}</th>
            <th scope="col">{t("deskAdmin.staff.columns.groups")}</th>
            <th scope="col">{t("deskAdmin.staff.columns.twoFactor")}</th>
            <th scope="col">{t("deskAdmin.staff.columns.lastSignIn")}</th>
            <th scope="col">{t("deskAdmin.staff.columns.status")}</th>
            <th scope="col" className="actions">
              <span className="visually-hidden">{t("deskAdmin.staff.columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const self = m.id === meId;
            const active = m.deactivatedAt === null;
            return (
              <Fragment key={m.id}>
                <tr
                  data-testid="staff-row"
                  data-staff-id={m.id}
                  className={active ? undefined : "staff-table__inactive"}
                >
                  <td>
                    <span className="staff-table__name">
                      {m.name ?? m.email}
                      {self && <span className="badge badge--neutral">{t("deskAdmin.staff.you")}</span>}
                    </span>
                    <span className="small muted staff-table__email">{m.email}</span>
                  </td>
                  <td>
                    <select
                      className="desk-input"
                      value={pending?.kind === "role" && pending.member.id === m.id ? pending.role : m.role}
                      disabled={self || !active}
                      aria-label={t("deskAdmin.staff.roleOf", { name: nameOf(m) })}
                      title={self ? t("deskAdmin.staff.notYourself") : undefined}
                      onChange={(e) => {
                        const role = STAFF_ROLES.find((r) => r === e.target.value);
                        if (role && role !== m.role) ask({ kind: "role", member: m, role });
                        else setPending(null);
                      }}
                      data-testid={`staff-role-${m.id}`}
                    >
                      {STAFF_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`deskAdmin.roles.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {m.groups.length > 0 ? (
                      <span className="desk-tags">
                        {m.groups.map((g) => (
                          <span key={g} className="badge badge--neutral">
                            {groupName(g)}
                          </span>
                        ))}
                      </span>
                    ) : (
                      <span className="muted">{t("deskAdmin.staff.noGroups")}</span>
                    )}
                  </td>
                  <td>
                    <StatePill on={m.twoFactor} onLabel={t("common.on")} offLabel={t("common.off")} />
                  </td>
                  <td className="small">
                    {m.lastSignInAt ? dateTime(m.lastSignInAt) : t("deskAdmin.staff.never")}
                  </td>
                  <td>
                    {active ? (
                      <span className="badge badge--ok">{t("deskAdmin.staff.active")}</span>
                    ) : (
                      <span className="badge badge--danger" title={dateTime(m.deactivatedAt)}>
                        {t("deskAdmin.staff.deactivated")}
                      </span>
                    )}
                    {m.openTickets > 0 && (
                      <span className="small muted staff-table__tickets">
                        {t("deskAdmin.staff.openTickets", { count: m.openTickets })}
                      </span>
                    )}
                  </td>
                  <td className="actions">
                    {!self &&
                      (active ? (
                        <button
                          type="button"
                          className="button button--small button--danger"
                          onClick={() => ask({ kind: "deactivate", member: m })}
                          data-testid={`staff-deactivate-${m.id}`}
                          aria-label={t("deskAdmin.staff.deactivateNamed", { name: nameOf(m) })}
                        >
                          {t("deskAdmin.staff.deactivate")}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => ask({ kind: "reactivate", member: m })}
                          data-testid={`staff-reactivate-${m.id}`}
                          aria-label={t("deskAdmin.staff.reactivateNamed", { name: nameOf(m) })}
                        >
                          {t("deskAdmin.staff.reactivate")}
                        </button>
                      ))}
                  </td>
                </tr>
                {pending?.member.id === m.id && (
                  <tr>
                    <td colSpan={COLUMNS}>
                      <ConfirmBox
                        tone={pending.kind === "deactivate" ? "danger" : "warning"}
                        text={confirmText(pending)}
                        confirmLabel={t(`deskAdmin.staff.confirm.${pending.kind}`)}
                        pending={apply.isPending}
                        error={apply.error}
                        onConfirm={() => apply.mutate(pending)}
                        onCancel={() => setPending(null)}
                        testId={`staff-confirm-${pending.kind}`}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <p className="small muted staff-table__foot">
        {t("deskAdmin.staff.groupsHint")}{" "}
        <Link to="/admin/support/sla#sla-groups">{t("deskAdmin.staff.groupsLink")}</Link>
      </p>
    </div>
  );
}
