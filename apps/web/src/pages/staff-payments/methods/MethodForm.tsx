import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AdminMethod,
  createMethod,
  METHOD_DIRECTIONS,
  METHOD_KINDS,
  PROCESSING_TIMES,
  updateMethod,
} from "../../../api/staffPayments";
import { SelectField, SubmitButton, TextField } from "../../../components/Form";
import { ProblemAlert } from "../../../components/ProblemAlert";
import { serverFieldError } from "../format";
import { staffKeys } from "../queries";
import { CodeChips } from "./CodeChips";
import { type DraftField, draftProblems, type MethodDraft, settingsOf } from "./methodDraft";

const LEVELS = [0, 1, 2] as const;

/**
 * Every setting of a method. Adding one also asks for its id and first state; editing one sends
 * all its settings (pausing and maintenance have their own controls above the form).
 */
export function MethodForm({
  initial,
  creating,
  providers,
  takenIds = [],
  onSaved,
  onCancel,
}: {
  initial: MethodDraft;
  creating: boolean;
  providers: string[];
  /** Ids already in the catalogue (a new method needs another). */
  takenIds?: readonly string[];
  onSaved: (method: AdminMethod) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const save = useMutation({
    mutationFn: (d: MethodDraft) => {
      const settings = settingsOf(d);
      if (creating) return createMethod({ ...settings, id: d.id.trim(), maintenance: null });
      const { state: _state, ...rest } = settings;
      return updateMethod(initial.id, rest);
    },
    onSuccess: (method) => {
      void queryClient.invalidateQueries({ queryKey: staffKeys.methods });
      onSaved(method);
    },
  });
  const problems = draftProblems(draft, creating, takenIds);
  const set = <K extends keyof MethodDraft>(key: K, value: MethodDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const errorOf = (field: DraftField): string | null => {
    const problem = submitted ? problems[field] : undefined;
    return problem ? t(`staffPayments.methods.problems.${problem}`) : serverFieldError(save.error, field);
  };
  const providerOptions = [...new Set([...providers, draft.provider].filter(Boolean))];

  return (
    <form
      className="form method-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        save.reset();
        if (Object.keys(problems).length === 0) save.mutate(draft);
      }}
      data-testid="method-form"
    >
      <fieldset className="form--grid method-form__group" disabled={save.isPending}>
        <legend>{t("staffPayments.methods.form.identity")}</legend>
        {creating && (
          <TextField
            label={t("staffPayments.methods.form.id")}
            hint={t("staffPayments.methods.form.idHint")}
            value={draft.id}
            onChange={(e) => set("id", e.target.value)}
            error={errorOf("id")}
            autoComplete="off"
            spellCheck={false}
            testId="method-id"
          />
        )}
        <TextField
          label={t("staffPayments.methods.form.nameEn")}
          value={draft.nameEn}
          onChange={(e) => set("nameEn", e.target.value)}
          error={errorOf("name/en")}
          maxLength={80}
          lang="en"
          testId="method-name-en"
        />
        <TextField
          label={t("staffPayments.methods.form.nameZh")}
          value={draft.nameZh}
          onChange={(e) => set("nameZh", e.target.value)}
          error={errorOf("name/zh-CN")}
          maxLength={80}
          lang="zh-CN"
          testId="method-name-zh"
        />
        <SelectField
          label={t("staffPayments.methods.form.kind")}
          value={draft.kind}
          onChange={(e) => set("kind", METHOD_KINDS.find((k) => k === e.target.value) ?? draft.kind)}
        >
          {METHOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`staffPayments.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("staffPayments.methods.form.provider")}
          hint={t("staffPayments.methods.form.providerHint")}
          value={draft.provider}
          onChange={(e) => set("provider", e.target.value)}
          error={errorOf("provider")}
          testId="method-provider"
        >
          {providerOptions.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("staffPayments.methods.form.direction")}
          value={draft.direction}
          onChange={(e) =>
            set("direction", METHOD_DIRECTIONS.find((d) => d === e.target.value) ?? draft.direction)
          }
        >
          {METHOD_DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`staffPayments.directions.${d}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>

      <fieldset className="form--grid method-form__group" disabled={save.isPending}>
        <legend>{t("staffPayments.methods.form.where")}</legend>
        <CodesField
          label={t("staffPayments.methods.form.countries")}
          hint={t("staffPayments.methods.form.countriesHint")}
          value={draft.countries}
          onChange={(v) => set("countries", v)}
          error={errorOf("countries")}
          type="country"
          testId="method-countries"
        />
        <CodesField
          label={t("staffPayments.methods.form.currencies")}
          hint={t("staffPayments.methods.form.currenciesHint")}
          value={draft.currencies}
          onChange={(v) => set("currencies", v)}
          error={errorOf("currencies")}
          type="currency"
          testId="method-currencies"
        />
      </fieldset>

      <fieldset className="form--grid method-form__group" disabled={save.isPending}>
        <legend>{t("staffPayments.methods.form.money")}</legend>
        <UsdField
          label={t("staffPayments.methods.form.minAmount")}
          field="minAmount"
          {...{ draft, set, errorOf }}
        />
        <UsdField
          label={t("staffPayments.methods.form.maxAmount")}
          field="maxAmount"
          {...{ draft, set, errorOf }}
        />
        <UsdField
          label={t("staffPayments.methods.form.feeFixed")}
          field="feeFixed"
          {...{ draft, set, errorOf }}
        />
        <TextField
          label={t("staffPayments.methods.form.feePercent")}
          hint={t("staffPayments.methods.form.feePercentHint")}
          value={draft.feePercent}
          onChange={(e) => set("feePercent", e.target.value)}
          error={errorOf("feePercent")}
          inputMode="decimal"
          autoComplete="off"
          testId="method-feePercent"
        />
        <SelectField
          label={t("staffPayments.methods.form.processingTime")}
          value={draft.processingTime}
          onChange={(e) => set("processingTime", e.target.value)}
        >
          {PROCESSING_TIMES.map((p) => (
            <option key={p} value={p}>
              {t(`staffPayments.processingTimes.${p}`)}
            </option>
          ))}
        </SelectField>
        <LevelField
          label={t("staffPayments.methods.form.depositLevel")}
          value={draft.depositLevel}
          onChange={(v) => set("depositLevel", v)}
        />
        <LevelField
          label={t("staffPayments.methods.form.withdrawalLevel")}
          value={draft.withdrawalLevel}
          onChange={(v) => set("withdrawalLevel", v)}
        />
        {creating && (
          <SelectField
            label={t("staffPayments.methods.form.state")}
            value={draft.state}
            onChange={(e) => set("state", e.target.value === "paused" ? "paused" : "active")}
          >
            <option value="active">{t("staffPayments.states.active")}</option>
            <option value="paused">{t("staffPayments.states.paused")}</option>
          </SelectField>
        )}
      </fieldset>

      <ProblemAlert error={save.error} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} pendingLabel={t("common.saving")} testId="method-save">
          {creating ? t("staffPayments.methods.form.create") : t("staffPayments.methods.form.save")}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel} disabled={save.isPending}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

function UsdField({
  label,
  field,
  draft,
  set,
  errorOf,
}: {
  label: string;
  field: "minAmount" | "maxAmount" | "feeFixed";
  draft: MethodDraft;
  set: (key: "minAmount" | "maxAmount" | "feeFixed", value: string) => void;
  errorOf: (field: DraftField) => string | null;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      hint={t("staffPayments.methods.form.usdHint")}
      value={draft[field]}
      onChange={(e) => set(field, e.target.value)}
      error={errorOf(field)}
      inputMode="decimal"
      autoComplete="off"
      testId={`method-${field}`}
    />
  );
}

function LevelField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
      {LEVELS.map((level) => (
        <option key={level} value={level}>
          {t(`staffPayments.levels.${level}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** A comma list typed as text, with the codes it makes shown as chips underneath. */
function CodesField({
  label,
  hint,
  value,
  onChange,
  error,
  type,
  testId,
}: {
  label: string;
  hint: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  type: "country" | "currency";
  testId: string;
}) {
  return (
    <div className="codes-field">
      <TextField
        label={label}
        hint={hint}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        testId={testId}
      />
      <CodeChips text={value} type={type} />
    </div>
  );
}
