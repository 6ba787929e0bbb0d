import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TicketPriority } from "../../../api/console";
import { getSlaPolicies, type SlaPolicy, saveSlaPolicies } from "../../../api/deskAdmin";
import { Alert, FormError, SubmitButton } from "../../../components/Form";
import { Section } from "../../../components/Section";
import { useTicketLabels } from "../../console/labels";
import { QueryState } from "../../staff-payments/Feedback";
import { deskAdminKeys } from "../queries";
import { type DurationProblem, durationProblem, fromParts, type Parts, spell, toParts } from "./duration";

interface Row {
  priority: TicketPriority;
  first: Parts;
  resolution: Parts;
  businessHours: boolean;
}

const rowOf = (p: SlaPolicy): Row => ({
  priority: p.priority,
  first: toParts(p.firstResponseMinutes),
  resolution: toParts(p.resolutionMinutes),
  businessHours: p.businessHours,
});

type RowProblem = DurationProblem | "shorter";

function rowProblems(row: Row): { first: RowProblem | null; resolution: RowProblem | null } {
  const first = fromParts(row.first);
  const resolution = fromParts(row.resolution);
  const firstProblem = durationProblem(first);
  const resolutionProblem =
    durationProblem(resolution) ??
    (first !== null && resolution !== null && resolution < first ? ("shorter" as const) : null);
  return { first: firstProblem, resolution: resolutionProblem };
}

/** First response and resolution targets per priority, counted in opening hours or around the clock. */
export function PoliciesSection() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: deskAdminKeys.sla, queryFn: ({ signal }) => getSlaPolicies(signal) });
  return (
    <Section
      id="sla-policies"
      icon="clock"
      title={t("deskAdmin.sla.policies.title")}
      description={t("deskAdmin.sla.policies.lead")}
    >
      <QueryState
        query={query}
        isEmpty={(query.data ?? []).length === 0}
        errorTitle={t("deskAdmin.sla.policies.loadError")}
        empty={t("deskAdmin.sla.policies.empty")}
      />
      {query.data && query.data.length > 0 && <PoliciesForm policies={query.data} />}
    </Section>
  );
}

function PoliciesForm({ policies }: { policies: SlaPolicy[] }) {
  const { t } = useTranslation();
  const labels = useTicketLabels();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => policies.map(rowOf));
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      saveSlaPolicies(
        rows.map((r) => ({
          priority: r.priority,
          firstResponseMinutes: fromParts(r.first) ?? 0,
          resolutionMinutes: fromParts(r.resolution) ?? 0,
          businessHours: r.businessHours,
        })),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(deskAdminKeys.sla, saved);
      setRows(saved.map(rowOf));
      setTried(false);
    },
  });
  const problems = rows.map(rowProblems);
  const hasProblem = problems.some((p) => p.first !== null || p.resolution !== null);
  const words = {
    h: (n: number) => t("deskAdmin.sla.units.hours", { count: n }),
    min: (n: number) => t("deskAdmin.sla.units.minutes", { count: n }),
  };
  const change = (index: number, patch: Partial<Row>) => {
    save.reset();
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!hasProblem) save.mutate();
  };
  const problemText = (p: RowProblem | null) =>
    tried && p ? t(`deskAdmin.sla.policies.problems.${p}`) : null;

  return (
    <form onSubmit={submit} noValidate className="stack">
      <div className="table-wrap">
        <table className="data-table sla-table">
          <caption className="visually-hidden">{t("deskAdmin.sla.policies.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("deskAdmin.sla.policies.priority")}</th>
              <th scope="col">{t("deskAdmin.sla.policies.firstResponse")}</th>
              <th scope="col">{t("deskAdmin.sla.policies.resolution")}</th>
              <th scope="col">{t("deskAdmin.sla.policies.clock")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const label = labels.priority(row.priority);
              const p = problems[index] ?? { first: null, resolution: null };
              return (
                <tr key={row.priority} data-testid={`sla-row-${row.priority}`}>
                  <th scope="row">
                    <span className={`badge priority-badge priority-badge--${row.priority}`}>{label}</span>
                  </th>
                  {(["first", "resolution"] as const).map((which) => {
                    const total = fromParts(row[which]);
                    const error = problemText(p[which]);
                    const name = t(
                      `deskAdmin.sla.policies.${which === "first" ? "firstResponse" : "resolution"}`,
                    );
                    return (
                      <td key={which}>
                        <DurationInputs
                          parts={row[which]}
                          onChange={(parts) => change(index, { [which]: parts })}
                          label={t("deskAdmin.sla.policies.durationLabel", { what: name, priority: label })}
                          testId={`sla-${which}-${row.priority}`}
                          invalid={error !== null}
                        />
                        {error ? (
                          <span className="field__error">{error}</span>
                        ) : (
                          <span className="small muted">
                            {total !== null && total > 0
                              ? t(
                                  row.businessHours
                                    ? "deskAdmin.sla.policies.inBusiness"
                                    : "deskAdmin.sla.policies.inCalendar",
                                  {
                                    time: spell(total, words),
                                  },
                                )
                              : ""}
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <select
                      className="desk-input"
                      aria-label={t("deskAdmin.sla.policies.clockLabel", { priority: label })}
                      value={row.businessHours ? "business" : "calendar"}
                      onChange={(e) => change(index, { businessHours: e.target.value === "business" })}
                      data-testid={`sla-clock-${row.priority}`}
                    >
                      <option value="business">{t("deskAdmin.sla.policies.business")}</option>
                      <option value="calendar">{t("deskAdmin.sla.policies.aroundTheClock")}</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">{t("deskAdmin.sla.policies.note")}</p>
      <FormError error={save.error} />
      {save.isSuccess && <Alert tone="ok">{t("deskAdmin.sla.policies.saved")}</Alert>}
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="sla-save">
          {t("deskAdmin.sla.policies.save")}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Hours and minutes of one target, as two small number boxes inside a labelled group. */
function DurationInputs({
  parts,
  onChange,
  label,
  testId,
  invalid,
}: {
  parts: Parts;
  onChange: (parts: Parts) => void;
  label: string;
  testId: string;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="duration-inputs" data-testid={testId}>
      <legend className="visually-hidden">{label}</legend>
      <label>
        <input
          className="desk-input"
          type="number"
          inputMode="numeric"
          min={0}
          value={parts.hours}
          onChange={(e) => onChange({ ...parts, hours: e.target.value })}
          aria-invalid={invalid || undefined}
          data-testid={`${testId}-hours`}
        />
        <span>{t("deskAdmin.sla.units.h")}</span>
      </label>
      <label>
        <input
          className="desk-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={59}
          value={parts.minutes}
          onChange={(e) => onChange({ ...parts, minutes: e.target.value })}
          aria-invalid={invalid || undefined}
          data-testid={`${testId}-minutes`}
        />
        <span>{t("deskAdmin.sla.units.min")}</span>
      </label>
    </fieldset>
  );
}
