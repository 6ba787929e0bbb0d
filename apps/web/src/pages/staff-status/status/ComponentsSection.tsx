import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ComponentKey,
  SET_STATES,
  type SetState,
  type StaffComponent,
  setComponentState,
} from "../../../api/staff-status";
import { ConfirmBox } from "../../../components/ConfirmBox";
import { Section } from "../../../components/Section";
import { useAgo } from "../../desk-admin/channels/useAgo";
import { dateTime } from "../../staff-payments/format";
import { localized, StateBadge } from "../badges";
import { staffStatusKeys } from "../queries";

const COLUMNS = 5;

/**
 * Each component as the public sees it (the effective state), and what it comes from: the state
 * staff set by hand, the automatic signal. Admins change the manual state, after saying yes to
 * what it does.
 */
export function ComponentsSection({
  components,
  canEdit,
}: {
  components: StaffComponent[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const ago = useAgo();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<{ key: ComponentKey; state: SetState } | null>(null);
  const change = useMutation({
    mutationFn: (p: { key: ComponentKey; state: SetState }) => setComponentState(p.key, p.state),
    onSuccess: () => {
      setPending(null);
      void queryClient.invalidateQueries({ queryKey: staffStatusKeys.status });
    },
  });

  return (
    <Section
      id="components"
      icon="pulse"
      title={t("staffStatus.components.title")}
      description={t("staffStatus.components.lead")}
    >
      <div className="table-wrap">
        <table className="data-table status-components" data-testid="status-components">
          <caption className="visually-hidden">{t("staffStatus.components.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("staffStatus.components.columns.component")}</th>
              <th scope="col">{t("staffStatus.components.columns.state")}</th>
              <th scope="col">{t("staffStatus.components.columns.manual")}</th>
              <th scope="col">{t("staffStatus.components.columns.signal")}</th>
              <th scope="col">{t("staffStatus.components.columns.changed")}</th>
            </tr>
          </thead>
          <tbody>
            {components.map((c) => {
              const name = localized(c.name);
              return (
                <Fragment key={c.key}>
                  <tr data-testid="status-component" data-component={c.key}>
                    <th scope="row">
                      {name}
                      <span className="small muted mono status-components__key">{c.key}</span>
                    </th>
                    <td>
                      <StateBadge state={c.state} testId="component-state" />
                    </td>
                    <td>
                      <select
                        className="status-select"
                        aria-label={t("staffStatus.components.manualFor", { name })}
                        value={pending?.key === c.key ? pending.state : c.manualState}
                        disabled={!canEdit || change.isPending}
                        title={canEdit ? undefined : t("staffStatus.adminOnly")}
                        onChange={(e) => {
                          const state = SET_STATES.find((s) => s === e.target.value);
                          change.reset();
                          setPending(state && state !== c.manualState ? { key: c.key, state } : null);
                        }}
                        data-testid="component-manual"
                      >
                        {SET_STATES.map((s) => (
                          <option key={s} value={s}>
                            {t(`staffStatus.states.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {c.signalState ? (
                        <span className="status-signal">
                          <StateBadge state={c.signalState} />
                          {c.signalSince && (
                            <span className="small muted" title={dateTime(c.signalSince)}>
                              {t("staffStatus.components.since", { ago: ago(c.signalSince) })}
                            </span>
                          )}
                        </span>
                      ) : (
                        <span className="muted">{t("staffStatus.components.noSignal")}</span>
                      )}
                    </td>
                    <td className="small">
                      {c.updatedAt ? <span title={dateTime(c.updatedAt)}>{ago(c.updatedAt)}</span> : "—"}
                    </td>
                  </tr>
                  {pending?.key === c.key && (
                    <tr>
                      <td colSpan={COLUMNS}>
                        <ConfirmBox
                          tone={pending.state === "major_outage" ? "danger" : "warning"}
                          text={[
                            t("staffStatus.components.confirm", {
                              name,
                              state: t(`staffStatus.states.${pending.state}`),
                            }),
                            pending.state === "major_outage" ? t("staffStatus.components.confirmOutage") : "",
                          ]
                            .filter(Boolean)
                            .join(" ")}
                          confirmLabel={t("staffStatus.components.confirmYes")}
                          pending={change.isPending}
                          error={change.error}
                          onConfirm={() => change.mutate(pending)}
                          onCancel={() => setPending(null)}
                          testId="component-confirm"
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
