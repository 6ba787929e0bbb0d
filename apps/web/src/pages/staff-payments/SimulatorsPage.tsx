import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  listSimulators,
  SIMULATOR_MODES,
  type SimulatorMode,
  type SimulatorSetting,
  setSimulatorMode,
} from "../../api/staffPayments";
import { Alert } from "../../components/Form";
import { ProblemAlert } from "../../components/ProblemAlert";
import { Section } from "../../components/Section";
import { QueryState } from "./Feedback";
import { dateTime } from "./format";
import { staffKeys } from "./queries";
import { StaffFrame } from "./StaffFrame";

const KNOWN = ["card_sim", "bank_sim", "ewallet_sim"] as const;

/** The built-in provider simulators and how they answer: normally, by timing out, or with server errors. */
export function SimulatorsPage() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: staffKeys.simulators, queryFn: ({ signal }) => listSimulators(signal) });
  return (
    <StaffFrame page="simulators">
      <div className="stack stack--sections">
        <Alert tone="info" title={t("staffPayments.simulators.whyTitle")}>
          <p>{t("staffPayments.simulators.why")}</p>
        </Alert>
        <QueryState
          query={query}
          isEmpty={(query.data ?? []).length === 0}
          errorTitle={t("staffPayments.simulators.loadError")}
          empty={t("staffPayments.simulators.empty")}
        />
        {query.data?.map((sim) => (
          <SimulatorCard key={sim.provider} simulator={sim} />
        ))}
      </div>
    </StaffFrame>
  );
}

function providerName(provider: string, t: TFunction): string {
  const known = KNOWN.find((k) => k === provider);
  return known ? t(`staffPayments.simulators.providers.${known}`) : provider;
}

function SimulatorCard({ simulator }: { simulator: SimulatorSetting }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [changed, setChanged] = useState<SimulatorMode | null>(null);
  const change = useMutation({
    mutationFn: (mode: SimulatorMode) => setSimulatorMode(simulator.provider, mode),
    onSuccess: (saved) => {
      setChanged(saved.mode);
      queryClient.setQueryData<SimulatorSetting[]>(staffKeys.simulators, (old) =>
        old?.map((s) => (s.provider === saved.provider ? { ...s, ...saved } : s)),
      );
      void queryClient.invalidateQueries({ queryKey: staffKeys.simulators });
    },
  });
  const shown = change.isPending && change.variables ? change.variables : simulator.mode;
  const name = providerName(simulator.provider, t);
  return (
    <Section
      id={`sim-${simulator.provider}`}
      icon="pulse"
      title={name}
      description={
        <>
          <span className="mono">{simulator.provider}</span>
          {simulator.updatedAt && (
            <> · {t("staffPayments.simulators.changedAt", { time: dateTime(simulator.updatedAt) })}</>
          )}
        </>
      }
      status={<ModePill mode={simulator.mode} />}
    >
      <fieldset className="mode-switch" disabled={change.isPending} data-testid={`sim-${simulator.provider}`}>
        <legend className="field__label">{t("staffPayments.simulators.modeFor", { name })}</legend>
        {SIMULATOR_MODES.map((mode) => (
          <label
            key={mode}
            className={`mode-switch__option${shown === mode ? " mode-switch__option--on" : ""}`}
          >
            <input
              type="radio"
              name={`mode-${simulator.provider}`}
              value={mode}
              checked={shown === mode}
              onChange={() => {
                setChanged(null);
                change.mutate(mode);
              }}
              data-testid={`sim-${simulator.provider}-${mode}`}
            />
            <span>
              <strong>{t(`staffPayments.simulators.modes.${mode}.label`)}</strong>
              <span className="muted small">{t(`staffPayments.simulators.modes.${mode}.explain`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {changed && (
        <Alert tone="ok">
          {t("staffPayments.simulators.saved", {
            name,
            mode: t(`staffPayments.simulators.modes.${changed}.label`),
          })}
        </Alert>
      )}
      <ProblemAlert error={change.error} />
    </Section>
  );
}

function ModePill({ mode }: { mode: SimulatorMode }) {
  const { t } = useTranslation();
  const tone = mode === "normal" ? "pill--ok" : "pill--down";
  return (
    <span className={`pill ${tone}`}>
      <span className="pill__dot" aria-hidden="true" />
      {t(`staffPayments.simulators.modes.${mode}.label`)}
    </span>
  );
}
