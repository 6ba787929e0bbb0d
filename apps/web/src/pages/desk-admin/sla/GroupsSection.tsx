import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  listAgents,
  listGroups,
  type StaffPerson,
  type SupportGroup,
  setStaffGroups,
} from "../../../api/deskAdmin";
import { FormError } from "../../../components/Form";
import { Section } from "../../../components/Section";
import { currentLanguage } from "../../../i18n";
import { useTicketLabels } from "../../console/labels";
import { QueryState } from "../../staff-payments/Feedback";
import { consoleCopies, deskAdminKeys } from "../queries";
import { roleKey } from "../roles";

/** The groups tickets are routed to by category, who works in each, and a grid to change that. */
export function GroupsSection() {
  const { t } = useTranslation();
  const groups = useQuery({ queryKey: deskAdminKeys.groups, queryFn: ({ signal }) => listGroups(signal) });
  const agents = useQuery({ queryKey: deskAdminKeys.agents, queryFn: ({ signal }) => listAgents(signal) });
  return (
    <Section
      id="sla-groups"
      icon="user"
      title={t("deskAdmin.sla.groups.title")}
      description={t("deskAdmin.sla.groups.lead")}
    >
      <div className="stack">
        <QueryState
          query={groups}
          isEmpty={(groups.data ?? []).length === 0}
          errorTitle={t("deskAdmin.sla.groups.loadError")}
          empty={t("deskAdmin.sla.groups.empty")}
        />
        {groups.data && groups.data.length > 0 && <GroupCards groups={groups.data} />}
        {groups.data && groups.data.length > 0 && (
          <>
            <h3 className="desk-subhead">{t("deskAdmin.sla.groups.membership")}</h3>
            <QueryState
              query={agents}
              isEmpty={(agents.data ?? []).length === 0}
              errorTitle={t("deskAdmin.sla.groups.agentsError")}
              empty={t("deskAdmin.sla.groups.noStaff")}
            />
            {agents.data && agents.data.length > 0 && (
              <MembershipGrid groups={groups.data} people={agents.data} />
            )}
          </>
        )}
      </div>
    </Section>
  );
}

function GroupCards({ groups }: { groups: SupportGroup[] }) {
  const { t } = useTranslation();
  const labels = useTicketLabels();
  const lang = currentLanguage();
  return (
    <ul className="group-cards">
      {groups.map((g) => (
        <li key={g.key} className="group-card" data-testid={`group-${g.key}`}>
          <h4>{g.name[lang]}</h4>
          <p className="small">
            <span className="muted">{t("deskAdmin.sla.groups.categories")}: </span>
            {g.categories.length > 0
              ? g.categories.map((c) => labels.category(c)).join(t("deskAdmin.listSeparator"))
              : t("deskAdmin.sla.groups.noCategories")}
          </p>
          <p className="small">
            <span className="muted">{t("deskAdmin.sla.groups.members", { count: g.members.length })}: </span>
            {g.members.length > 0
              ? g.members.map((m) => m.name).join(t("deskAdmin.listSeparator"))
              : t("deskAdmin.sla.groups.nobody")}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A row per active staff member, a checkbox per group; a change is saved at once (and audited). */
function MembershipGrid({ groups, people }: { groups: SupportGroup[]; people: StaffPerson[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const queryClient = useQueryClient();
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: ({ person, groups: next }: { person: StaffPerson; groups: string[] }) =>
      setStaffGroups(person.id, next),
    onSuccess: (saved, { person }) => {
      queryClient.setQueryData<StaffPerson[]>(deskAdminKeys.agents, (all) =>
        all?.map((p) => (p.id === person.id ? { ...p, groups: saved } : p)),
      );
      setSavedFor(person.name);
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.groups });
      void queryClient.invalidateQueries({ queryKey: deskAdminKeys.staff });
      void queryClient.invalidateQueries({ queryKey: consoleCopies.groups });
      void queryClient.invalidateQueries({ queryKey: consoleCopies.agents });
    },
  });
  const pendingId = change.isPending ? change.variables?.person.id : null;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table membership-table">
          <caption className="visually-hidden">{t("deskAdmin.sla.groups.membership")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("deskAdmin.sla.groups.person")}</th>
              {groups.map((g) => (
                <th key={g.key} scope="col" className="membership-table__group">
                  {g.name[lang]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr
                key={person.id}
                data-testid={`membership-${person.id}`}
                aria-busy={pendingId === person.id || undefined}
              >
                <th scope="row">
                  <span className="membership-table__name">{person.name}</span>
                  <span className="small muted">{t(`deskAdmin.roles.${roleKey(person.role)}`)}</span>
                </th>
                {groups.map((g) => {
                  const member = person.groups.includes(g.key);
                  return (
                    <td key={g.key} className="membership-table__cell">
                      <input
                        type="checkbox"
                        checked={member}
                        disabled={pendingId === person.id}
                        aria-label={t("deskAdmin.sla.groups.inGroup", {
                          person: person.name,
                          group: g.name[lang],
                        })}
                        onChange={() =>
                          change.mutate({
                            person,
                            groups: member
                              ? person.groups.filter((k) => k !== g.key)
                              : [...person.groups, g.key],
                          })
                        }
                        data-testid={`membership-${person.id}-${g.key}`}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormError error={change.error} />
      <p className="small muted" aria-live="polite">
        {savedFor && !change.isPending && !change.isError
          ? t("deskAdmin.sla.groups.saved", { person: savedFor })
          : ""}
      </p>
    </>
  );
}
